package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i * 10 })
		i++
	}
	for _, g := range gs {
		print(g(), " ")
	}
	println()
	var hs []func() string
	for _, w := range []string{"x", "y"} {
		hs = append(hs, func() string { return w })
	}
	fmt.Println(hs[0](), hs[1]())
	var ks []func()
	for i := range 3 {
		ks = append(ks, func() { i += 100; println("k", i) })
	}
	ks[1]()
	ks[1]()
	ks[0]()
	shared := 0
	var ms []func() int
	for j := 0; j < 3; j++ {
		ms = append(ms, func() int { shared += j; return shared })
	}
	r1 := ms[2]()
	r2 := ms[2]()
	r3 := ms[0]()
	fmt.Println(r1, r2, r3, shared)
}
