package main

import "fmt"

type T struct {
	m map[string]int
}

func fill(t *T, k string) {
	defer fmt.Println("deferred in fill", k)
	t.m[k] = len(k)
}

func main() {
	var t T
	fmt.Println(t.m["x"], len(t.m))
	for k, v := range t.m {
		fmt.Println(k, v)
	}
	delete(t.m, "x")
	fill(&t, "hello")
	fmt.Println("unreachable")
}
