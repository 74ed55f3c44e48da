package main

import "fmt"

func main() {
	vals := []float32{0, 1, -1, 0.1, 0.2, 0.3, 1.0 / 3, 2.5, 3.14159, 16777216, 16777217, 3.4028235e38, 1.1754944e-38, 1e-45, 123.456, 1e-7, 1e21, 65504}
	for _, v := range vals {
		fmt.Println(fmt.Sprintf("v=%v f=%f e=%e g=%g [%6.2f] [%-10.3e] [%.3g] [%08.3f]", v, v, v, v, v, v, v, v))
	}
	for _, v := range vals {
		fmt.Println(fmt.Sprint(v), fmt.Sprint(float64(v)), fmt.Sprintf("%v", float64(v)))
	}
	var z float32
	nz := -z
	nan := z / z
	inf := 1 / z
	fmt.Println(fmt.Sprintf("[%v] [%v] [%v] [%v] [%6.2f] [%+.1e] [%G]", nz, nan, inf, -inf, nan, inf, -inf))
	var acc float32
	for i := 0; i < 10; i++ {
		acc += 0.1
		fmt.Println(fmt.Sprintf("%2d %v %.10f %g", i, acc, acc, float64(acc)))
	}
	fmt.Println(fmt.Sprintf("%v %v", []float32{0.1, 0.7}, map[string]float32{"pi": 3.1415927}))
	fmt.Println(fmt.Sprintf("%.2f %5.1f", []float32{1.234, 5.678}, [2]float64{1, 2}))
	fmt.Println(fmt.Sprintf("%T %T %T %T", float32(1), 1.0, complex64(1), complex(1, 1)))
}
