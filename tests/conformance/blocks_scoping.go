package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := 10; x > 5 {
		fmt.Println("if", x)
	} else if y := x * 2; y > 0 {
		fmt.Println("else if", y)
	} else {
		fmt.Println("else", x, y)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("loop", x)
	}
	n := 7
	if n%2 == 0 {
		fmt.Println("even")
	} else if n%3 == 0 {
		fmt.Println("div3")
	} else {
		fmt.Println("other", x)
	}
}
