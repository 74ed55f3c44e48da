package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type Node struct {
	Val  int
	Next *Node
}

// Sum walks the list; calling it on a nil *Node dereferences nil inside the method.
func (n *Node) Sum() int {
	return n.Val + n.Next.sumRest()
}

func (n *Node) sumRest() int {
	if n == nil {
		return 0
	}
	return n.Val + n.Next.sumRest()
}

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

// try runs f and classifies what it panicked with.
func try(name string, f func()) {
	defer func() {
		r := recover()
		if r == nil {
			fmt.Printf("%-16s ok\n", name)
			return
		}
		if re, ok := r.(runtime.Error); ok {
			var target runtime.Error
			isErr := errors.As(re, &target)
			fmt.Printf("%-16s runtime.Error: %s (as: %t)\n", name, re.Error(), isErr)
			var tae *runtime.TypeAssertionError
			if errors.As(re, &tae) {
				println(name, "is a *runtime.TypeAssertionError")
			}
			return
		}
		fmt.Printf("%-16s other panic %T: %v\n", name, r, r)
	}()
	f()
}

func main() {
	var counts map[string]int
	list := &Node{1, &Node{2, &Node{3, nil}}}
	var empty *Node
	nums := []int{10, 20, 30}
	idx := 5
	zero := 0
	var shape Shape = Square{2}
	var anyv any = "text"
	arr := [4]int{1, 2, 3, 4}

	try("nil map read", func() { _ = counts["x"] })
	try("nil map write", func() { counts["x"]++ })
	try("index", func() { _ = nums[idx] })
	try("negative index", func() { _ = nums[idx-6] })
	try("array index", func() { arr[idx-1] = 0 })
	try("slice bounds", func() { _ = nums[2:idx] })
	try("slice inverted", func() { _ = nums[idx-2 : 1] })
	try("string index", func() { _ = "abc"[idx] })
	try("list sum", func() { fmt.Println("  sum =", list.Sum()) })
	try("nil method", func() { empty.Sum() })
	try("nil field", func() { empty.Next = list })
	try("divide", func() { _ = 10 / zero })
	try("modulo", func() { _ = 10 % zero })
	try("assert concrete", func() { _ = anyv.(int) })
	try("assert iface", func() { _ = anyv.(Shape) })
	try("assert ok form", func() { _, ok := shape.(interface{ Perimeter() float64 }); _ = ok })
	try("shape area", func() { fmt.Println("  area =", shape.Area()) })
	try("nil func", func() {
		var f func()
		f()
	})
	try("make negative", func() { _ = make([]int, zero-1) })
	try("array ptr conv", func() { _ = (*[4]int)(nums) })
	try("close twice", func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	})
	try("custom panic", func() { panic(errors.New("not a runtime error")) })
	try("string panic", func() { panic(strings.Repeat("ab", 3)) })
}
