package main

import "fmt"

// An inventory lookup that forgets to check for a missing item: the method is called on
// a nil *Item and dereferences it. Nothing recovers; deferred calls still run first.

type Item struct {
	SKU   string
	Stock int
	Price int
}

func (it *Item) Value() int {
	return it.Stock * it.Price
}

type Inventory struct {
	items map[string]*Item
}

func (inv *Inventory) Find(sku string) *Item {
	return inv.items[sku]
}

func (inv *Inventory) Worth(skus ...string) (total int) {
	defer func() {
		fmt.Println("worth so far:", total)
	}()
	for _, s := range skus {
		total += inv.Find(s).Value()
	}
	return total
}

func main() {
	inv := &Inventory{items: map[string]*Item{
		"A1": {"A1", 3, 250},
		"B2": {"B2", 0, 999},
		"C3": {"C3", 12, 5},
	}}
	defer println("main: deferred println")
	fmt.Println("worth A1+C3:", inv.Worth("A1", "C3"))
	fmt.Println("worth all:", inv.Worth("A1", "B2", "Z9", "C3"))
}
