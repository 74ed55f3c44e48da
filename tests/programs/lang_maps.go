package main

import (
	"fmt"
	"sort"
)

type Coord struct{ X, Y int }

type Key struct {
	Name string
	At   Coord
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func bump(m map[string]int, k string) { m[k]++ } // maps are references

func main() {
	ages := map[string]int{"ann": 31, "bob": 0}
	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["cy"]
	fmt.Println(v, ok, len(ages))
	delete(ages, "bob")
	delete(ages, "nobody") // no-op
	bump(ages, "ann")
	bump(ages, "dee")
	fmt.Println(ages, len(ages))

	words := []string{"the", "cat", "the", "hat", "a", "cat", "the"}
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	for _, k := range sortedKeys(freq) {
		fmt.Print(k, ":", freq[k], " ")
	}
	fmt.Println()

	grid := map[Coord]rune{{0, 0}: 'a', {1, 2}: 'b'}
	grid[Coord{1, 2}] = 'B'
	_, has := grid[Coord{2, 1}]
	fmt.Println(len(grid), string(grid[Coord{1, 2}]), has)

	places := map[Key][]string{}
	k := Key{"home", Coord{3, 4}}
	places[k] = append(places[k], "sofa") // appending to the zero value works
	places[k] = append(places[k], "lamp")
	places[Key{"home", Coord{3, 4}}] = append(places[Key{"home", Coord{3, 4}}], "rug")
	fmt.Println(places[k], len(places))

	nested := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := nested[a]
		if !ok {
			inner = map[string]int{}
			nested[a] = inner
		}
		inner[b] += n
	}
	add("x", "p", 1)
	add("x", "q", 2)
	add("y", "p", 3)
	add("x", "p", 4)
	fmt.Println(nested, nested["z"]["p"], len(nested["z"]))

	type counts struct{ hits, misses int }
	stats := map[string]*counts{"a": {}, "b": {}}
	stats["a"].hits++ // allowed through a pointer value
	s := stats["b"]
	s.misses += 2
	fmt.Println(*stats["a"], *stats["b"])

	byVal := map[string]counts{"a": {}}
	c := byVal["a"]
	c.hits = 5 // a copy; must store back
	byVal["a"] = c
	fmt.Println(byVal)

	alias := ages
	alias["zed"] = 99
	fmt.Println("alias shares:", ages["zed"], len(ages))

	for k := range ages { // deleting during range is allowed
		if k != "ann" {
			delete(ages, k)
		}
	}
	fmt.Println(ages)
	clear(alias)
	fmt.Println(ages, len(ages))

	var anyKey = map[any]string{1: "int", "1": "string", 1.0: "float", Coord{}: "coord", true: "bool"}
	fmt.Println(anyKey[1], anyKey["1"], anyKey[1.0], anyKey[Coord{}], anyKey[false] == "", len(anyKey))

	var nilMap map[string]int
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for range nilMap {
		fmt.Println("never")
	}
	delete(nilMap, "x") // fine on a nil map

	defer func() {
		fmt.Println("recovered:", recover())
		println("map write panics recovered")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("inner recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		anyKey[[]int{1}] = "slice" // unhashable key panics at run time
	}()
	nilMap["x"] = 1
}
