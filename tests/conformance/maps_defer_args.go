package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	defer fmt.Println("deferred map:", m, len(m))
	defer func(mm map[string]int, n int) {
		fmt.Println("closure arg:", mm, n)
	}(m, len(m))
	m["b"] = 2
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)
	var ok bool
	var v int
	v, ok = m["b"]
	fmt.Println(v, ok)
	i := 0
	next := func() string {
		i++
		if i%2 == 1 {
			return "odd"
		}
		return "even"
	}
	m[next()] = i
	m[next()] += i * 10
	fmt.Println(m, i)
	delete(m, "odd")
}
