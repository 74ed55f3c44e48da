package main

import "fmt"

type Item struct {
	id  int
	tag string
}

func main() {
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	items := []Item{{1, "a"}, {2, "b"}, {3, "c"}}
	var ips []*Item
	for _, it := range items {
		ips = append(ips, &it)
	}
	items[0].tag = "Z"
	for _, p := range ips {
		p.id *= 10
		fmt.Print(*p, " ")
	}
	fmt.Println(items)
	var fs []func()
	for i := 0; i < 3; i++ {
		it := &items[i]
		fs = append(fs, func() { it.id += i })
		i++
		i--
	}
	for _, f := range fs {
		f()
	}
	fmt.Println(items)
	for i := 0; i < 4; i++ {
		p := &i
		*p++
		fmt.Print(i, " ")
	}
	fmt.Println()
}
