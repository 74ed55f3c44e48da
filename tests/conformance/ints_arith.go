package main

import "fmt"

func main() {
	a, b := 17, 5
	fmt.Println(a+b, a-b, a*b, a/b, a%b)
	fmt.Println(-a/b, -a%b, a/-b, a%-b, -a/-b, -a%-b)
	max := 9223372036854775807
	min := -max - 1
	fmt.Println(max+1 == min, min-1 == max, max*2, min*-1)
	neg := -1
	fmt.Println(min/neg, min%neg, 5%neg, -min, ^0, ^a, -(-a))
	x := 3
	x += 4
	x -= 1
	x *= 5
	x /= 4
	x %= 5
	fmt.Println(x)
	y := 12
	y &= 10
	y |= 1
	y ^= 15
	y <<= 3
	y >>= 1
	y &^= 4
	fmt.Println(y)
	x++
	y--
	p, q := 1000000007, 3037000500
	fmt.Println(x, y, p*(p+2), q*q, max*max, min*min)
}
