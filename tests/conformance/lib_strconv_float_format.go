package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, -2.5, 3.14159, 123456789, 1e21, 1e20, 1e-7, 1e-4, 5e-324, 1.7976931348623157e308, 100, 0.000123456, 123.456, 1e6, 0.5}
	fmts := []byte{'f', 'e', 'E', 'g', 'G'}
	precs := []int{-1, 0, 3}
	for _, v := range vals {
		for _, f := range fmts {
			fmt.Printf("%c:", f)
			for _, p := range precs {
				fmt.Print(" ", strconv.FormatFloat(v, f, p, 64))
			}
			fmt.Print(" |")
		}
		fmt.Println()
	}

	vals32 := []float64{0.1, 1.0 / 3, 16777217, 3.4028234663852886e38, 1e-45, 2.5}
	for _, v := range vals32 {
		fmt.Println("32:", strconv.FormatFloat(v, 'g', -1, 32), strconv.FormatFloat(v, 'e', -1, 32), strconv.FormatFloat(v, 'f', 3, 32), "64:", strconv.FormatFloat(v, 'g', -1, 64))
	}

	specials := []float64{math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range specials {
		fmt.Println("special", strconv.FormatFloat(v, 'f', -1, 64), strconv.FormatFloat(v, 'e', 3, 64), strconv.FormatFloat(v, 'g', 0, 32))
	}

	fmt.Println("rounding", strconv.FormatFloat(0.125, 'f', 2, 64), strconv.FormatFloat(0.375, 'f', 2, 64), strconv.FormatFloat(2.675, 'f', 2, 64), strconv.FormatFloat(1.5, 'f', 0, 64), strconv.FormatFloat(2.5, 'f', 0, 64))
	fmt.Println("big prec", strconv.FormatFloat(0.1, 'f', 20, 64), strconv.FormatFloat(1.0/3, 'e', 17, 64))
	fmt.Println("g prec", strconv.FormatFloat(123456, 'g', 3, 64), strconv.FormatFloat(0.0001234, 'g', 2, 64), strconv.FormatFloat(100000, 'g', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))

	buf := []byte("n=")
	buf = append(buf, strconv.FormatFloat(3.25, 'f', -1, 64)...)
	fmt.Println(string(buf))

	for i := 0; i < 8; i++ {
		x := float64(i) / 8
		fmt.Print(strconv.FormatFloat(x, 'f', -1, 64), " ")
	}
	fmt.Println()
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(strconv.FormatFloat(sum, 'g', -1, 64), strconv.FormatFloat(sum, 'f', 2, 64))
}
