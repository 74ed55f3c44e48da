package main

import "fmt"

type Frame struct {
	depth int
	acc   *[]int
}

func (f Frame) Descend() {
	defer func() {
		*f.acc = append(*f.acc, f.depth)
	}()
	if f.depth == 50 {
		panic(Frame{depth: -1})
	}
	Frame{f.depth + 1, f.acc}.Descend()
}

func main() {
	var acc []int
	defer func() {
		r := recover()
		fr, ok := r.(Frame)
		fmt.Println(ok, fr.depth, fr.acc == nil, len(acc), acc[0], acc[50])
	}()
	Frame{0, &acc}.Descend()
}
