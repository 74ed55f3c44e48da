package main

import "fmt"

type Table [4]string

func (t *Table) Get(i int) string {
	defer fmt.Println("Get deferred", i)
	return t[i]
}

func lookup(t Table, keys []int) []string {
	var out []string
	for _, k := range keys {
		out = append(out, t.Get(k))
	}
	return out
}

func main() {
	defer fmt.Println("main deferred")
	t := Table{"zero", "one", "two", "three"}
	fmt.Println(lookup(t, []int{3, 1}))
	println("about to fail")
	fmt.Println(lookup(t, []int{0, 2, 4, 1}))
	fmt.Println("unreachable")
}
