package main

import "fmt"

// gc's order pass evaluates a conversion to an interface in its turn among a
// statement's calls when walk converts the value by address (not a 2-, 4- or 8-byte
// value without pointers, a string or a slice) and it is not already in memory; other
// operands are read after the calls.

func set(p *int, v int) int { *p = v; return v }

type pair struct{ a, b int8 }

type big struct{ a, b, c int }

func main() {
	x := 0
	fmt.Println(set(&x, 1), x == 1, set(&x, 2))
	fmt.Println(set(&x, 3), x, set(&x, 4))
	y := 0
	fmt.Println(set(&y, 5), int8(y), set(&y, 6), pair{int8(y), 1}, float64(y), y > 5)
	s := []int{0}
	fmt.Println(set(&s[0], 7), s[0] == 7, s[0], set(&s[0], 8))
	var z int
	pz := &z
	fmt.Println(set(pz, 9), *pz == 9, set(pz, 10), int16(*pz), int32(*pz))
	w := 0
	fmt.Println(set(&w, 11), big{w, w, w}, uint8(w), set(&w, 12), []int{w}, string(rune('a'+w)))
	var a any = x == 4
	b := []any{set(&x, 13), x == 13, x}
	fmt.Println(a, b)
	fmt.Printf("%v %v %v\n", set(&x, 14), x != 14, set(&x, 15))
}
