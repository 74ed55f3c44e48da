package main

import (
	"fmt"
	"sort"
	"strings"
)

type Money int64

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s$%d.%02d", sign, m/100, m%100)
}

type Base struct {
	SKU  string
	Name string
}

func (b Base) Label() string    { return b.SKU + ":" + b.Name }
func (b *Base) Rename(n string) { b.Name = n }

type Dims [3]int

func (d Dims) Volume() int { return d[0] * d[1] * d[2] }

type Item struct {
	Base
	Category string
	Price    Money
	Qty      int
	Size     Dims
}

func (it Item) Value() Money { return it.Price * Money(it.Qty) }

type Perishable struct {
	*Item
	Days int
}

func (p Perishable) Label() string { return p.Item.Label() + fmt.Sprintf("(%dd)", p.Days) }

type Labeler interface{ Label() string }

type Warehouse struct {
	items []Item
	index map[string]int
}

func (w *Warehouse) Add(items ...Item) {
	if w.index == nil {
		w.index = make(map[string]int)
	}
	for _, it := range items {
		if i, ok := w.index[it.SKU]; ok {
			w.items[i].Qty += it.Qty
			continue
		}
		w.index[it.SKU] = len(w.items)
		w.items = append(w.items, it)
	}
}

func (w *Warehouse) Sorted(less ...func(a, b *Item) int) []Item {
	out := make([]Item, len(w.items))
	copy(out, w.items)
	sort.Slice(out, func(i, j int) bool {
		for _, f := range less {
			if c := f(&out[i], &out[j]); c != 0 {
				return c < 0
			}
		}
		return false
	})
	return out
}

func byCategory(a, b *Item) int { return strings.Compare(a.Category, b.Category) }
func byValueDesc(a, b *Item) int {
	switch va, vb := a.Value(), b.Value(); {
	case va > vb:
		return -1
	case va < vb:
		return 1
	}
	return 0
}
func byName(a, b *Item) int { return strings.Compare(a.Name, b.Name) }

func show(title string, items []Item) {
	fmt.Println("==", title)
	for _, it := range items {
		fmt.Printf("  %-6s %-12s %-6s %8v x%-3d = %10v vol=%d\n", it.SKU, it.Name, it.Category, it.Price, it.Qty, it.Value(), it.Size.Volume())
	}
}

func main() {
	var w Warehouse
	w.Add(
		Item{Base{"A100", "bolt"}, "hw", 25, 400, Dims{1, 1, 3}},
		Item{Base{"A200", "nut"}, "hw", 10, 1000, Dims{1, 1, 1}},
		Item{Base{"B100", "apple"}, "food", 55, 120, Dims{3, 3, 3}},
		Item{Base{"B200", "bread"}, "food", 299, 20, Dims{10, 5, 5}},
		Item{Base{"C100", "hammer"}, "tools", 1999, 5, Dims{30, 10, 3}},
		Item{Base{"C200", "saw"}, "tools", 2499, 4, Dims{50, 15, 1}},
		Item{Base{"A300", "washer"}, "hw", 5, 2000, Dims{1, 1, 1}},
	)
	w.Add(Item{Base: Base{SKU: "B100"}, Qty: 80})
	show("insertion", w.items)
	show("category, value desc", w.Sorted(byCategory, byValueDesc, byName))
	show("name", w.Sorted(byName))

	// method values and method expressions
	first := &w.items[0]
	label := first.Label
	rename := first.Rename
	rename("hex bolt")
	fmt.Println(label(), first.Label())
	valueOf := Item.Value
	labelOf := (*Item).Label
	fmt.Println(valueOf(w.items[1]), labelOf(&w.items[1]))
	renameExpr := (*Base).Rename
	renameExpr(&w.items[1].Base, "hex nut")
	fmt.Println(w.items[1].Label())

	// embedding through a pointer; shadowed Label
	p := Perishable{&w.items[2], 7}
	var ls []Labeler = []Labeler{w.items[0], p, &w.items[3].Base, p.Item}
	for i, l := range ls {
		fmt.Printf("%d %T %s\n", i, l, l.Label())
	}
	p.Qty -= 50
	fmt.Println(w.items[2].Qty, p.Value(), p.Base.Name)

	// arrays are values; structs compare
	d := w.items[4].Size
	d[0] = 99
	fmt.Println(d, w.items[4].Size, d == w.items[4].Size, w.items[6].Size == Dims{1, 1, 1})
	copyItem := w.items[5]
	fmt.Println(copyItem == w.items[5], copyItem.Base == Base{"C200", "saw"})
	copyItem.Qty++
	fmt.Println(copyItem == w.items[5])

	// map of structs, grouped totals
	type agg struct {
		Count int
		Total Money
	}
	totals := map[string]agg{}
	for _, it := range w.items {
		a := totals[it.Category]
		a.Count++
		a.Total += it.Value()
		totals[it.Category] = a
	}
	cats := make([]string, 0, len(totals))
	for c := range totals {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Printf("%-6s %+v\n", c, totals[c])
	}
	fmt.Println(totals)
	fmt.Println(Money(-1234), Money(5))
}
