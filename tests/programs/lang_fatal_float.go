package main

import (
	"fmt"
	"math"
)

// Floats as panic values: recovered ones are printed by fmt; the last one, of a named
// float type, is unrecovered and the runtime prints it in its own format.

type Celsius float64

func check(t float64) float64 {
	if math.IsNaN(t) || t < -273.15 {
		panic(t)
	}
	return t
}

func safeCheck(t float64) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			f := r.(float64)
			fmt.Printf("rejected %v (%T)\n", f, r)
			println("rejected", f)
		}
	}()
	check(t)
	return true
}

func convert(c Celsius) Celsius {
	defer func() {
		fmt.Println("convert: deferred, not recovering")
	}()
	if c < -273.15 {
		panic(c)
	}
	return c*9/5 + 32
}

func main() {
	for _, t := range []float64{20.5, -300, math.NaN(), 0} {
		fmt.Println(t, safeCheck(t))
	}
	fmt.Println(convert(100))
	fmt.Println(convert(-40.5 * 10))
}
