package main

import "fmt"

func work() (m map[string]int) {
	m = map[string]int{"start": 1}
	defer func() {
		m["deferred"] = len(m)
		delete(m, "start")
	}()
	defer func() {
		if r := recover(); r != nil {
			m["recovered"]++
			fmt.Println("r:", r)
		}
	}()
	m["mid"] = 2
	var nilm map[string]int
	nilm["boom"] = 1
	m["never"] = 3
	return m
}

func counter() (func(string), func() map[string]int) {
	seen := map[string]int{}
	return func(s string) { seen[s]++ }, func() map[string]int { return seen }
}

func main() {
	fmt.Println(work())
	inc, get := counter()
	inc("a")
	inc("b")
	inc("a")
	m := get()
	m["c"] = 7
	inc("c")
	fmt.Println(get(), len(m))
}
