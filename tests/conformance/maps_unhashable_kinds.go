package main

import "fmt"

type S struct {
	N  int
	Xs []int
}

type W struct {
	A any
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, recover())
	}()
	f()
}

func main() {
	m := map[any]int{}
	try("struct-with-slice", func() { m[S{1, nil}] = 1 })
	try("map", func() { m[map[string]int{}] = 1 })
	try("func", func() { _ = m[func() {}] })
	try("nested", func() { m[W{[]int{1}}] = 1 })
	try("nested ok", func() { m[W{5}] = 1 })
	try("delete", func() { delete(m, []string{"a"}) })
	try("read ok", func() { fmt.Println(m[W{5}], len(m)) })
	var x, y any = map[string]int{}, map[string]int{}
	try("compare", func() { fmt.Println(x == y) })
	var e any = []int{}
	try("compare nil ok", func() { fmt.Println(e == nil, x != nil) })
	mw := map[W]bool{}
	try("W key", func() { mw[W{[]int{}}] = true })
	fmt.Println(len(mw))
}
