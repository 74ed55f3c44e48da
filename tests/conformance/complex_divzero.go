package main

import "fmt"

//go:noinline
func div(a, b complex128) complex128 { return a / b }

func main() {
	zero := 0.0
	inf := 1 / zero
	nan := zero / zero
	negz := -zero

	fmt.Println(div(1+2i, 0), div(-1+2i, 0), div(1, complex(negz, 0)), div(0, 0))
	fmt.Println(div(complex(inf, 1), 2+1i), div(complex(1, 1), complex(inf, 0)))
	fmt.Println(div(complex(inf, inf), complex(inf, inf)), div(complex(nan, 1), 1))
	fmt.Println(div(complex(1e308, 1e308), complex(1e-308, 1e-308)))
	fmt.Println(div(complex(1e-320, 0), complex(1e300, 1e300)))

	c := 1 + 1i
	fmt.Println(c/0, c*complex(inf, 0), c*complex(nan, 0), -complex(negz, negz))

	var c64 complex64 = 1i
	var z64 complex64
	fmt.Println(c64/z64, z64/z64, c64/complex64(complex(inf, 0)))
	big := complex64(complex(3e38, 3e38))
	fmt.Println(big*big, big+big, big/complex64(complex(1e-30, 0)))

	println(div(1, 0), div(0, 0), complex(negz, inf))
	println(c64/z64, -z64)

	// -0 parts: equal to +0, printed with their sign.
	nz := complex(negz, negz)
	var pz complex128
	fmt.Println(nz, pz, nz == pz, -pz, pz*-1)
	n := complex(nan, 0)
	fmt.Println(n == n, n != n, complex(inf, 0) == complex(inf, 0))
}
