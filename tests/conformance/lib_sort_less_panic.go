package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int { return len(b) }
func (b byLen) Less(i, j int) bool {
	if b[i] == "boom" || b[j] == "boom" {
		panic("bad element: " + b[i] + " " + b[j])
	}
	return len(b[i]) < len(b[j])
}
func (b byLen) Swap(i, j int) { b[i], b[j] = b[j], b[i] }

func main() {
	s := byLen{"aaa", "b", "cc", "dddd", "", "ee", "f", "ggg", "hh", "iiiii", "j", "kk", "lll", "mm"}
	sort.Sort(s)
	fmt.Println(s)
	sort.Stable(sort.Reverse(s))
	fmt.Println(s)
	defer fmt.Println("deferred in main")
	s = append(s, "boom")
	sort.Stable(s)
}
