package main

import "fmt"

func main() {
	m8 := map[int8]string{-128: "min", 127: "max", 0: "zero", -1: "neg"}
	fmt.Println(m8)
	var x int8 = 127
	x++
	fmt.Println(m8[x])
	mu := map[uint8]int{}
	var b byte = 250
	for i := 0; i < 10; i++ {
		mu[b]++
		b++
	}
	fmt.Println(mu, len(mu))
	m64 := map[uint64]bool{18446744073709551615: true, 0: false}
	fmt.Println(m64)
	mr := map[rune]int{65: 1, -5: 2}
	fmt.Println(mr)
	m16 := map[int16]int16{}
	m16[-300] = 300
	m16[-300] *= 200
	fmt.Println(m16)
	mu32 := map[uint32]int{4294967295: 1}
	var u uint32 = 0
	u--
	fmt.Println(mu32[u])
	mi := map[int]int{-5: 1, 3: 2, -100: 3, 1 << 40: 4}
	fmt.Println(mi)
}
