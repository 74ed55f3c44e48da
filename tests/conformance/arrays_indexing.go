package main

import "fmt"

var global [4]int

const gl = len(global)

var calls []string

func idx(name string, i int) int {
	calls = append(calls, name)
	return i
}

func main() {
	var a [5]int
	for i := 0; i < len(a); i++ {
		a[i] = i * i
	}
	i := 2
	a[i] += 2
	a[i+1]++
	a[0]--
	a[len(a)-1] *= 3
	a[1] <<= 4
	a[4] %= 7
	fmt.Println(a)

	var m [3][4]int
	for r := 0; r < 3; r++ {
		for c := 0; c < 4; c++ {
			m[r][c] = r*10 + c
		}
	}
	m[1][2] += 100
	m[2] = m[0]
	m[0][0] = -1
	fmt.Println(m, len(m), len(m[0]))

	p := &a
	p[0] = 42
	(*p)[1] = 43
	p[i]++
	fmt.Println(a[0], a[1], a[2], len(p), cap(p))

	var np *[3]int
	fmt.Println(len(np), cap(np), np == nil)
	const n = len(a)
	var b [n * 2]bool
	fmt.Println(n, len(b), gl)
	const cn = len([2][7]int{}[1])
	fmt.Println(cn)

	global[idx("g", 1)] = idx("v", 5)
	fmt.Println(global, calls)

	// evaluation order: index operands evaluated before assignment
	calls = nil
	k := 0
	var arr [3]int
	arr[k], k = 10, 2
	fmt.Println(arr, k)
	arr[idx("a", 0)], arr[idx("b", 1)] = idx("c", 7), idx("d", 8)
	fmt.Println(arr, calls)

	j := 1
	arr[j] = arr[j] + arr[j+1]
	fmt.Println(arr)

	var bytes [3]byte
	bytes[0] = 250
	bytes[0] += 10
	fmt.Println(bytes)

	s := [2]string{"ab", "cd"}
	s[1] += s[0]
	fmt.Println(s, s[1][2], len(s[1]))

	pm := &m
	pm[2][3] = 999
	q := &pm[1]
	q[0] = 555
	fmt.Println(m[2][3], m[1][0], len(q))
	r := &m[1][1]
	*r = 7
	fmt.Println(m[1])
}
