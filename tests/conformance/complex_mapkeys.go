package main

import "fmt"

func main() {
	zero := 0.0
	nan := zero / zero
	negz := -zero
	m := map[complex128]int{}
	m[1+1i] = 1
	m[complex(negz, 0)] = 2
	m[0] = 3
	m[complex(nan, 1)] = 4
	m[complex(nan, 1)] = 5
	m[complex(1, nan)] = 6
	m[-1i] = 7
	m[1] = 8
	fmt.Println(len(m), m[0], m[complex(negz, negz)], m[complex(nan, 1)], m[1+1i])
	one := map[complex128]int{complex(nan, 1): 1, complex(1, nan): 2, 2: 3, complex(negz, 5): 4}
	fmt.Println(one)
	for k, v := range m {
		if k == 0 {
			fmt.Println("zero key", k, v)
		}
	}
	delete(m, complex(nan, 1))
	delete(m, complex(0, negz))
	fmt.Println(len(m), m[1], m[-1i])
	// The key stored is the last one assigned (-0 over +0).
	z := map[complex64]string{0: "pos"}
	z[complex64(complex(negz, negz))] = "neg"
	fmt.Println(z)
	// Interface keys hash complex values by value.
	mi := map[any]string{}
	mi[1i] = "c128"
	mi[complex64(1i)] = "c64"
	mi[complex(negz, 1)] = "negz"
	fmt.Println(len(mi), mi[complex(0, 1)], mi[complex64(1i)])
	type K struct {
		A complex64
		B string
	}
	mk := map[K]int{{1, "a"}: 1, {2i, "b"}: 2}
	mk[K{complex(float32(negz), 2), "b"}]++
	fmt.Println(mk)
	if v, ok := mk[K{1, "a"}]; ok {
		fmt.Println("found", v)
	}
	ma := map[[2]complex128]bool{{1, 2}: true}
	fmt.Println(ma[[2]complex128{1, 2}], ma[[2]complex128{2, 1}], ma)
}
