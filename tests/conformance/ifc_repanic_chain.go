package main

import "fmt"

type Wrapped struct {
	inner any
	layer int
}

func (w Wrapped) Error() string { return "wrapped" }

func level(n int) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch v := r.(type) {
		case Wrapped:
			fmt.Println("level", n, "sees layer", v.layer)
			panic(Wrapped{v, v.layer + 1})
		default:
			fmt.Println("level", n, "sees raw", v)
			panic(Wrapped{v, 1})
		}
	}()
	if n == 0 {
		panic("root cause")
	}
	level(n - 1)
}

func main() {
	defer func() {
		r := recover()
		w := r.(Wrapped)
		depth := 0
		var cur any = w
		for {
			x, ok := cur.(Wrapped)
			if !ok {
				break
			}
			depth++
			cur = x.inner
		}
		fmt.Println("depth", depth, "root", cur)
		var e error = w
		fmt.Println(e)
	}()
	level(3)
}
