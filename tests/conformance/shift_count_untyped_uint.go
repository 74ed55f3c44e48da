package main

import (
	"fmt"
	"math"
)

// A constant shift count need only be representable as a uint, and shifting by a count
// at least the width gives 0 (or -1 for a negative signed value shifted right).
func main() {
	const big = math.MaxUint
	x, y := 1, -8
	var u8 uint8 = 200
	fmt.Println(x<<(big+0), y>>(big+0), u8>>(big-1), x<<63, y>>70)
	const huge = 1 << 100 >> 98
	fmt.Println(huge, x<<huge)
}
