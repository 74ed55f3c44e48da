package main

import "fmt"

func main() {
	zero := 0.0
	nz := -zero
	nan := zero / zero
	inf := 1 / zero
	m := map[float64]string{}
	m[zero] = "pos"
	m[nz] = "neg"
	fmt.Println(len(m), m[0], m[nz], m)
	for k := range m {
		fmt.Println("key", k, 1/k)
	}
	m[nan] = "n"
	m[nan] = "n"
	m[nan] = "n"
	fmt.Println(len(m))
	v, ok := m[nan]
	fmt.Println(v == "", ok)
	delete(m, nan)
	fmt.Println(len(m))
	m[inf] = "inf"
	m[-inf] = "-inf"
	m[1e-300] = "tiny"
	m[-1] = "minus one"
	fmt.Println(m)
	count := 0
	for k, v := range m {
		if k != k {
			count++
			if v != "n" {
				fmt.Println("bad", v)
			}
		}
	}
	fmt.Println("nan entries", count)
	c := map[float64]int{}
	for i := 0; i < 4; i++ {
		c[nan]++
		c[0.5]++
	}
	fmt.Println(len(c), c[0.5], c)
	m32 := map[float32]int{}
	var f32 float32 = 0.1
	m32[f32] = 1
	m32[float32(0.1)] += 10
	m32[float32(float64(f32))] += 100
	fmt.Println(m32, m32[0.1], len(m32))
	m64 := map[float64]bool{0.1: true}
	fmt.Println(m64[float64(f32)], m64[0.1])
	lit := map[float64]string{1.5: "a", -2: "b", 1e21: "c", 0.1: "d"}
	fmt.Println(lit)
	type T float64
	mt := map[T]int{3: 1, 1: 2, 2: 3}
	fmt.Println(mt)
	ma := map[any]int{}
	ma[1.0] = 1
	ma[float32(1)] = 2
	ma[1] = 3
	ma[nan] = 4
	ma[nan] = 5
	ma[-zero] = 6
	ma[zero] += 10
	fmt.Println(len(ma), ma[1.0], ma[float32(1)], ma[1], ma[0.0])
	delete(m, zero)
	_, has := m[nz]
	fmt.Println(has, len(m))
}
