package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, 1.5, -3, 0.1, 1e-310, 5e-324, math.MaxFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 123456.789, 1.0 / 3}
	for _, v := range vals {
		for _, prec := range []int{-1, 0, 1, 3, 13, 20} {
			fmt.Println(strconv.FormatFloat(v, 'x', prec, 64), strconv.FormatFloat(v, 'X', prec, 32), string(strconv.AppendFloat([]byte("v="), v, 'x', prec, 64)))
		}
	}
}
