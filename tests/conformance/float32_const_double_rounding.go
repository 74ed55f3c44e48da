package main

import "fmt"

// A constant converted to float32 rounds once, from its exact value: rounding to float64
// first can land on a float32 midpoint that the exact value is not on.
const (
	max32 = 0x1p127 * (1 + (1 - 0x1p-23))
	ulp32 = 0x1p104
)

func main() {
	a := float32(max32 + ulp32/2 - ulp32/0x1p64) // just below the midpoint to 2^128: max32
	b := float32(1 + 0x1p-24 + 0x1p-80)          // just above a midpoint: rounds up
	c := float32(1 + 0x1p-24 - 0x1p-80)          // just below it: rounds down
	d := float32(1 + 0x1p-24)                    // on it: to even
	e := float32(-(max32 + ulp32/2 - ulp32/0x1p64))
	fmt.Println(a == max32, b == 1+0x1p-23, c == 1, d == 1, e == -max32)
	fmt.Println(a, b, c, d, e)
}
