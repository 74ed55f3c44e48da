package main

import "fmt"

func tag(s string, v int) int {
	fmt.Print(s, " ")
	return v
}

func evalOrder() {
	a := []int{0, 0, 0}
	i := 0
loop:
	a[tag("idx", i)] = tag("lhs", i) + tag("rhs", 10*i)
	i, x := i+1, tag("x", i)
	fmt.Println("|", x)
	if i < 3 {
		goto loop
	}
	fmt.Println(a)
}

func restart() {
	tries := 0
outer:
	for i := 0; i < 3; i++ {
		if i == 1 && tries < 2 {
			tries++
			fmt.Println("restart from", i)
			goto outer
		}
		if i == 2 {
			continue outer
		}
		fmt.Println("body", i, tries)
	}
}

func skipOdd() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 1 {
			goto next
		}
		sum += i
	next:
	}
	fmt.Println("sum even:", sum)
}

func labeled() {
	n := 0
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			n += 10*i + j
		}
	}
	fmt.Println("labeled n:", n)
}

func main() {
	skipOdd()
	labeled()
	evalOrder()
	restart()
}
