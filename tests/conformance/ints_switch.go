package main

import "fmt"

func classify(x uint8) string {
	switch {
	case x >= 128:
		return "high"
	case x == 0:
		return "zero"
	}
	return "low"
}

func sw(x int16) string {
	switch x {
	case -32768:
		return "min"
	case 32767:
		return "max"
	case -1, 1:
		return "pm1"
	}
	return "?"
}

func swu(x uint64) int {
	switch x {
	case 18446744073709551615:
		return 1
	case 1 << 63:
		return 2
	case 0:
		return 3
	}
	return 0
}

func main() {
	for _, v := range []uint8{0, 1, 127, 128, 255} {
		fmt.Println(v, classify(v))
	}
	for _, v := range []int16{-32768, 32767, -1, 1, 0} {
		fmt.Println(v, sw(v))
	}
	var m uint64 = 0
	m--
	fmt.Println(swu(m), swu(m/2+1), swu(m+1), swu(5))
	var b int8 = -1
	switch uint8(b) {
	case 255:
		fmt.Println("255!")
	default:
		fmt.Println("no")
	}
}
