package main

import "fmt"

type Shape interface{ Area() float64 }

type Named interface{ Name() string }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func describe(s Shape) string {
	return s.(Named).Name()
}

func main() {
	defer fmt.Println("deferred in main")
	fmt.Println("area:", Rect{2, 3}.Area())
	fmt.Println(describe(Rect{2, 3}))
}
