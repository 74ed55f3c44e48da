package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n > 90:
		s += "A"
		fallthrough
	case n > 80:
		s += "B"
		fallthrough
	case n > 70:
		s += "C"
	case n > 60:
		s += "D"
		fallthrough
	default:
		s += "F"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 75, 65, 10} {
		fmt.Println(n, grade(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
		defer fmt.Println("deferred in case 3")
		fallthrough
	default:
		fmt.Println("default")
	}
	switch {
	default:
		fmt.Println("default first")
		fallthrough
	case false:
		fmt.Println("false case")
	}
}
