package main

import "fmt"

func pick(n int) (s string) {
	defer func() { s += "1" }()
	defer func() { s += "2" }()
	defer func() { s += "3" }()
	defer func() { s += "4" }()
	if n == 0 {
		return "zero:"
	}
	if n == 1 {
		return "one:"
	}
	if n == 2 {
		panic("two")
	}
	if n == 3 {
		return "three:"
	}
	return "many:"
}

func safe(n int) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered " + r.(string)
		}
	}()
	return pick(n)
}

func main() {
	for i := range 5 {
		fmt.Println(safe(i))
	}
}
