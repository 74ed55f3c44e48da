package main

import "fmt"

type W struct{ calls []string }

func (w *W) add() error { w.calls = append(w.calls, "x"); return nil }

type I interface{ add() error }

func main() {
	w := &W{}
	fmt.Println(w.add(), len(w.calls))
	var i I = w
	fmt.Println(i.add(), len(w.calls))
	n := 0
	f := func() int { n++; return n }
	fmt.Println(f(), n)
}
