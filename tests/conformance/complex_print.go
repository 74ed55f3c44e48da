package main

import "fmt"

type C complex64

type D complex128

func (d D) String() string { return "D!" }

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	negz := -zero
	vals := []complex128{
		0, 1, -1, 1i, -1i, 1 + 2i, -1.5 - 2.25i, 1e6 + 1e-5i, 123456789 + 0.000123i,
		1e21 + 1e20i, 1e-7 - 1e-300i, complex(negz, 0), complex(0, negz), complex(negz, negz),
		complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
		complex(nan, -inf), 0.1 + 0.2i, 1.0 / 3,
	}
	for _, v := range vals {
		fmt.Println(v, complex64(v), -v)
		println(v, complex64(v))
		print(v, "|", complex64(v), "\n")
	}
	fmt.Print(1i, 2i, "s", 3i, "\n")
	fmt.Print("a", 1+1i, 2, "\n")
	fmt.Println([]complex64{1.1, 2.2i}, [2]complex128{3, 4i}, map[string]complex64{"k": 5i})
	fmt.Println(C(1.1+2.2i), D(3+4i), []D{1, 2}, []any{C(1), D(2), 1i})
	var s []complex128
	var a any = complex64(0.1)
	fmt.Println(s, a, len(s))
	println(C(1), D(2))
}
