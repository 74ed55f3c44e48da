package main

import "fmt"

type Shape interface {
	Area() int
}

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

func area(s Shape) (a int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			if e, ok := r.(error); ok {
				fmt.Println("is error:", e.Error())
			}
			a = -1
		}
	}()
	return s.Area()
}

func main() {
	fmt.Println(area(Sq{3}))
	var s Shape
	fmt.Println(area(s))
	fmt.Println(any(s) == nil)
	s = Sq{4}
	fmt.Println(area(s), any(s) == nil)
}
