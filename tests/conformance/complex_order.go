package main

import "fmt"

func main() {
	x := 1.0
	set := func() float64 { x = 3; return 2 }
	a, b, c := complex(x, 0), set(), complex(x, 0)
	fmt.Println(a, b, c)
	z := 1i
	setz := func() int { z = 3i; return 2 }
	r1, n, r2 := imag(z), setz(), imag(z)
	fmt.Println(r1, n, r2)
	w := 1 + 0i
	setw := func() int { w = 3; return 2 }
	p, m, q := real(w), setw(), real(w)
	fmt.Println(p, m, q)
	s := make([]int, 1)
	sets := func() int { s = make([]int, 3); return 2 }
	l1, k, l2 := len(s), sets(), len(s)
	fmt.Println(l1, k, l2)
	y := 1.0
	sety := func() float64 { y = 10; return 1 }
	sum := complex(y, 0) + complex(sety(), y)
	fmt.Println(sum)
}
