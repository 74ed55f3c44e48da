package main

import "fmt"

func kind(v any) string {
	s := "unknown"
	switch t := v.(type) {
	case int:
		if t < 0 {
			s = "negative int"
			goto after
		}
		s = "int"
	case string:
		s = "string " + t
		goto after
	case bool:
		switch {
		case t:
			goto after
		}
		s = "false"
	}
	s += "!"
after:
	return s
}

func firstNeg(xs []int) (idx int) {
	for i, x := range xs {
		if x < 0 {
			idx = i
			goto found
		}
	}
	return -1
found:
	fmt.Println("found negative", xs[idx])
	return
}

func classify(x int) string {
	s := "?"
	{
		if x < 0 {
			s = "neg"
			goto out
		}
		switch x {
		case 0:
			s = "zero"
			goto out
		default:
			for i := 2; i < x; i++ {
				if x%i == 0 {
					s = "composite"
					goto out
				}
			}
		}
		s = "prime-ish"
	}
out:
	return s
}

func main() {
	fmt.Println(kind(3), kind(-3), kind("s"), kind(true), kind(false), kind(1.5))
	fmt.Println(firstNeg([]int{3, 1, -4, -1}), firstNeg(nil))
	for _, x := range []int{-3, 0, 7, 9, 2} {
		fmt.Print(classify(x), " ")
	}
	fmt.Println()
}
