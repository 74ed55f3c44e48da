package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

type Category int

const (
	Tools Category = iota
	Food
	Toys
	numCategories
)

func (c Category) String() string {
	switch c {
	case Tools:
		return "Tools"
	case Food:
		return "Food"
	case Toys:
		return "Toys"
	}
	return fmt.Sprintf("Category(%d)", int(c))
}

type Item struct {
	SKU   string
	Name  string
	Cat   Category
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	log   []string
}

var ErrNotFound = errors.New("item not found")
var ErrInsufficient = errors.New("insufficient stock")

type StockError struct {
	SKU  string
	Want int
	Have int
}

func (e *StockError) Error() string {
	return fmt.Sprintf("sku %s: want %d, have %d", e.SKU, e.Want, e.Have)
}

func (e *StockError) Unwrap() error { return ErrInsufficient }

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) logf(format string, args ...interface{}) {
	inv.log = append(inv.log, fmt.Sprintf(format, args...))
}

func (inv *Inventory) Add(items ...Item) {
	for i := range items {
		it := items[i]
		if old, ok := inv.items[it.SKU]; ok {
			old.Qty += it.Qty
			inv.logf("restock %s +%d -> %d", it.SKU, it.Qty, old.Qty)
			continue
		}
		inv.items[it.SKU] = &it
		inv.logf("add %s (%q)", it.SKU, it.Name)
	}
}

func (inv *Inventory) Remove(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("remove %s: %w", sku, ErrNotFound)
	}
	if it.Qty < n {
		return fmt.Errorf("remove: %w", &StockError{sku, n, it.Qty})
	}
	it.Qty -= n
	inv.logf("remove %s -%d -> %d", sku, n, it.Qty)
	return nil
}

func (inv *Inventory) Sorted(less func(a, b *Item) bool) []*Item {
	out := make([]*Item, 0, len(inv.items))
	for _, it := range inv.items {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func (inv *Inventory) ValueByCategory() map[Category]float64 {
	m := map[Category]float64{}
	for _, it := range inv.items {
		m[it.Cat] += float64(it.Qty) * it.Price
	}
	return m
}

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

const bulkThreshold = 10 * 2

func badges(qty int) []string {
	var out []string
	switch {
	case qty >= 100:
		out = append(out, "bulk")
		fallthrough
	case qty >= bulkThreshold/2:
		out = append(out, "stocked")
		fallthrough
	case qty > 0:
		out = append(out, "available")
	default:
		out = append(out, "out")
	}
	return out
}

func main() {
	fmt.Println(KB, MB, GB/MB, badges(150), badges(12), badges(3), badges(0))
	inv := NewInventory()
	inv.Add(
		Item{"T-100", "Hammer", Tools, 10, 12.5},
		Item{"T-200", "Wrench", Tools, 4, 8.75},
		Item{"F-001", "Apple", Food, 120, 0.4},
		Item{"Y-042", "Yo-yo", Toys, 7, 3.99},
		Item{"F-002", "Bread", Food, 15, 2.25},
	)
	inv.Add(Item{"T-100", "Hammer", Tools, 5, 12.5})

	for _, tc := range []struct {
		sku string
		n   int
	}{{"T-100", 3}, {"T-200", 9}, {"Z-999", 1}, {"F-001", 120}} {
		err := inv.Remove(tc.sku, tc.n)
		var se *StockError
		switch {
		case err == nil:
			fmt.Printf("%-6s x%-3d ok\n", tc.sku, tc.n)
		case errors.As(err, &se):
			fmt.Printf("%-6s x%-3d stock error: %v (is insufficient: %t, short by %d)\n",
				tc.sku, tc.n, err, errors.Is(err, ErrInsufficient), se.Want-se.Have)
		case errors.Is(err, ErrNotFound):
			fmt.Printf("%-6s x%-3d not found: %v\n", tc.sku, tc.n, err)
		default:
			fmt.Println("unexpected", err)
		}
	}

	fmt.Println("== by name ==")
	for _, it := range inv.Sorted(func(a, b *Item) bool { return a.Name < b.Name }) {
		fmt.Printf("%-8s|%-7v|%5d|%8.2f\n", it.Name, it.Cat, it.Qty, it.Price)
	}
	fmt.Println("== by value desc ==")
	for i, it := range inv.Sorted(func(a, b *Item) bool {
		va, vb := float64(a.Qty)*a.Price, float64(b.Qty)*b.Price
		if va != vb {
			return va > vb
		}
		return a.SKU < b.SKU
	}) {
		fmt.Printf("%d. %+v\n", i+1, *it)
	}
	vals := inv.ValueByCategory()
	fmt.Println(vals)
	var total float64
	for c := Category(0); c < numCategories; c++ {
		total += vals[c]
		fmt.Printf("%-6s %10.3f %s\n", c.String()+":", vals[c], strings.Repeat("#", int(vals[c]/10)))
	}
	fmt.Printf("total=%.2f %T %v\n", total, Category(1), Category(7))
	fmt.Println(strings.Join(inv.log, "; "))
	fmt.Fprintf(os.Stderr, "log entries: %d\n", len(inv.log))
	it := inv.items["Y-042"]
	fmt.Printf("%v %+v\n", it.Cat, struct {
		A int
		B string
	}{1, "x"})
}
