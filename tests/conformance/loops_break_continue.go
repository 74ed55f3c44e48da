package main

import "fmt"

func main() {
	i := 0
	for i < 5 {
		i += 2
	}
	fmt.Println(i)
	n := 0
	for {
		n++
		if n == 3 {
			continue
		}
		if n > 6 {
			break
		}
		print(n, " ")
	}
	println()
	count := 0
	for a := 0; a < 10; a++ {
		if a%2 == 0 {
			continue
		}
		for b := 0; b < 10; b++ {
			if b > a {
				break
			}
			count++
		}
	}
	fmt.Println("count", count)
	var j int
	for j = 10; j > 0; j -= 3 {
	}
	fmt.Println(j)
}
