package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	inputs := []string{
		"0", "1", "-1", "+1", "3.14", "-0", ".5", "5.", "1e3", "1E-3", "1_000.5", "0x1p4", "0x1.8p1", "-0X.8p0", "0x1p-1074",
		"inf", "+Inf", "-inf", "INF", "infinity", "-Infinity", "NaN", "nan", "nAn",
		"1e308", "1.8e308", "1e400", "-1e400", "1e-320", "1e-400", "4.9e-324",
		"", ".", "e1", "1e", "1e+", "abc", "1.2.3", " 1", "1 ", "0x", "0x1", "0x1.p", "1_", "1__0", "_1", "--1", "0.1e-1_0",
		"123456789012345678901234567890", "0.000000000000000000000000000001",
	}
	for _, in := range inputs {
		v, err := strconv.ParseFloat(in, 64)
		if err != nil {
			fmt.Println(strconv.Quote(in), "->", v, "error:", err)
		} else {
			fmt.Println(strconv.Quote(in), "->", v, math.Signbit(v))
		}
	}

	inputs32 := []string{"0.1", "3.4028235e38", "3.5e38", "1e-45", "1e-46", "16777217", "-0.0"}
	for _, in := range inputs32 {
		v, err := strconv.ParseFloat(in, 32)
		fmt.Println("32:", in, "->", v, float32(v), err)
	}

	v, err := strconv.ParseFloat("1e400", 64)
	fmt.Println("overflow:", v, math.IsInf(v, 1), err)
	ne, ok := err.(*strconv.NumError)
	if ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrRange)
	}
	nan, err := strconv.ParseFloat("NaN", 64)
	fmt.Println("nan:", math.IsNaN(nan), nan == nan, err)

	for _, s := range []string{"0.1", "0.2", "0.3"} {
		f, _ := strconv.ParseFloat(s, 64)
		fmt.Println(s, math.Float64bits(f))
	}
	a, _ := strconv.ParseFloat("0.1", 64)
	b, _ := strconv.ParseFloat("0.2", 64)
	c, _ := strconv.ParseFloat("0.3", 64)
	fmt.Println(a+b == c, a+b)

	ok2 := true
	for i := 0; i < 200; i++ {
		x := float64(i)*1.37 - 50
		s := strconv.FormatFloat(x, 'g', -1, 64)
		y, err := strconv.ParseFloat(s, 64)
		if err != nil || y != x {
			ok2 = false
			fmt.Println("mismatch", s)
		}
	}
	fmt.Println("round trip", ok2)
}
