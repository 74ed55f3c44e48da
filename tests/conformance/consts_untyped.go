package main

import "fmt"

const big = 1 << 100
const small = big >> 98
const (
	kb       = 1024
	mb       = kb * kb
	greeting = "hi" + " there"
	yes      = 3 > 2
	typed    int = 7
)

func main() {
	const local = small * 10
	fmt.Println(small, local, mb, greeting, yes, typed)
	fmt.Println(7/2, -7/2, 7%3, 1<<62, big/big, (big-1)%1000)
	var x int = small
	x = x * mb
	fmt.Println(x, len(greeting), greeting < "hz")
	const maxInt = 1<<63 - 1
	const minInt = -1 << 63
	fmt.Println(maxInt, minInt, maxInt+minInt)
}
