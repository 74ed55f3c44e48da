package main

import "fmt"

func kind(n int) string {
	switch n {
	case 0:
		return "zero"
	default:
		return "many"
	case 1, 2:
		return "few"
	case -1:
	}
	return "minus one"
}

func main() {
	for i := -1; i < 4; i++ {
		fmt.Println(i, kind(i))
	}
	for i := 0; i < 10; i++ {
		switch {
		case i == 2:
			continue
		case i > 4:
			break
		case i%2 == 1:
			fmt.Println("odd", i)
		}
		if i > 6 {
			break
		}
		fmt.Println("after switch", i)
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		fallthroughLike := "no fallthrough"
		fmt.Println(fallthroughLike)
	case x > 1:
		fmt.Println("not reached")
	}
	switch s := "b"; s + "c" {
	case "ab":
		fmt.Println("ab")
	case "bc":
		fmt.Println("bc")
	}
	switch {
	}
	switch y := 3; y {
	case 1:
		fmt.Println("one")
	}
}
