package main

import "fmt"

func main() {
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	total := 0
	base := 100
	ops["base"] = func(a, b int) int { return base + a*b }
	base = 7
	for name, f := range ops {
		r := f(6, 3)
		total += r
		_ = name
	}
	fmt.Println(total, len(ops))
	fmt.Println(ops["add"](1, 2), ops["base"](1, 1))
	f, ok := ops["div"]
	fmt.Println(f == nil, ok)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	ops["div"](1, 2)
	fmt.Println("unreachable")
}
