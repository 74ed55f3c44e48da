package main

import "fmt"

func main() {
	zero := 0.0
	negz := -zero
	nan := zero / zero
	inf := 1 / zero
	ninf := -inf

	vals := []float64{0, negz, 1, -1, 2.5, 3.5, 0.125, 0.1, 1.005, 123.456, 1e21, 1e20, 1e-7, 1e-4, 1e-5,
		123456789.123, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 0.5, 1.5, -2.5, 100, 1e6}
	for _, v := range vals {
		fmt.Println(fmt.Sprintf("v=%v f=%f e=%e E=%E g=%g G=%G", v, v, v, v, v, v))
	}
	for _, v := range vals {
		fmt.Println(fmt.Sprintf("[%.0f] [%.1f] [%.2f] [%.3e] [%.3g] [%.10g] [%.0e]", v, v, v, v, v, v, v))
	}
	specials := []float64{nan, inf, ninf, negz}
	for _, v := range specials {
		fmt.Println(fmt.Sprintf("[%v] [%f] [%e] [%g] [%+f] [% f] [%8.2f] [%-8.2f] [%08.2f] [%+08.2f] [%E] [%G]", v, v, v, v, v, v, v, v, v, v, v, v))
	}
	fmt.Println(fmt.Sprintf("[%8.3f] [%-8.3f] [%08.3f] [%+08.3f] [% 08.3f]", 3.14159, 3.14159, 3.14159, 3.14159, 3.14159))
	fmt.Println(fmt.Sprintf("[%8.3f] [%-8.3f] [%08.3f] [%+08.3f] [% 08.3f]", -3.14159, -3.14159, -3.14159, -3.14159, -3.14159))
	fmt.Println(fmt.Sprintf("[%+.2e] [%+.2e] [% .2e] [%12.4E] [%-12.4e|] [%012.4e]", 12345.678, -0.00012, 5.0, 6.02214076e23, 1.6e-19, -1.6e-19))
	fmt.Println(fmt.Sprintf("[%.3g] [%.3g] [%.3g] [%.3g] [%.1g] [%.0g]", 1234.5678, 0.0001234, 123456.0, 99.95, 0.15, 2.5))
	fmt.Println(fmt.Sprintf("[%g] [%g] [%g] [%g] [%G]", 100000.0, 1000000.0, 0.0001, 0.00001, 1e-10))
	fmt.Println(fmt.Sprintf("[%10g] [%-10g] [%010g] [%+g] [% g]", 1.5, 1.5, -1.5, 1.5, 1.5))
	fmt.Println(fmt.Sprintf("[%5v] [%-8v] [%08v] [%+v] [%.2v]", 2.5, 1e21, -3.25, 0.1, 3.14159))
	fmt.Println(fmt.Sprintf("[%f] [%.20f] [%.30e]", 0.1, 0.1, 0.1))
	fmt.Println(fmt.Sprintf("[%f] [%e] [%g]", 1e100, 1e100, 1e100))
	fmt.Println(fmt.Sprintf("[%.0f] [%.0f] [%.0f] [%.0f] [%.0f]", 0.5, 1.5, 2.5, -0.5, 0.49999999999999994))
	fmt.Println(fmt.Sprintf("[%.1f] [%.1f] [%.1f] [%.2f] [%.2f]", 0.05, 0.15, 0.25, 0.125, 0.375))
	fmt.Println(fmt.Sprintf("[%d] [%c] [%s]", 1.5, 2.5, 3.5))
	x := 1.0
	for i := 0; i < 12; i++ {
		fmt.Println(fmt.Sprintf("%-12v|%14.6f|%12.3e|%g", x, x, x, 1/x))
		x *= 13.7
	}
	c := complex(1.5, -2.25)
	fmt.Println(fmt.Sprintf("%v %f %.1f %e %g", c, c, c, c, c))
	fmt.Println(fmt.Sprintf("%v %+.2f %8.1f", complex(nan, inf), complex(0, 1), complex(-1, 0)))
	fmt.Println(fmt.Sprintf("%v", complex64(complex(0.1, 0.2))))
	sum := 0.0
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(fmt.Sprintf("sum=%v %.17g %.2f %t", sum, sum, sum, sum == 1))
}
