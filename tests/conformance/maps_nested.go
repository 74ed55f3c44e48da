package main

import "fmt"

func main() {
	m := map[string]map[string]int{}
	add := func(a, b string, n int) {
		inner, ok := m[a]
		if !ok {
			inner = map[string]int{}
			m[a] = inner
		}
		inner[b] += n
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("y", "y", 3)
	add("x", "y", 4)
	fmt.Println(m)
	fmt.Println(len(m), len(m["x"]), m["x"]["y"], m["nope"]["y"], len(m["nope"]))
	m["x"]["w"] = 9
	delete(m["y"], "y")
	fmt.Println(m)
	var nm map[string]map[string]int
	fmt.Println(nm["a"]["b"], len(nm), nm == nil)
	mm := map[int]map[int]bool{1: {2: true}, 3: {}, 4: nil}
	fmt.Println(mm, mm[1][2], mm[3][2], mm[4] == nil, mm[3] == nil)
}
