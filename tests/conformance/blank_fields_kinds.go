package main

import (
	"fmt"
	"unsafe"
)

type F struct {
	_ float64
	X int
}

type I struct {
	X int
	_ any
}

type St struct {
	_ string
	X byte
	_ float32
}

type Nested struct {
	F F
	_ F
	Y int
}

func nan() float64 {
	z := 0.0
	return z / z
}

func main() {
	var f1, f2 F
	f1.X, f2.X = 1, 1
	*(*float64)(unsafe.Pointer(&f1)) = nan()
	fmt.Println(f1 == f2, f1 == f1)
	mf := map[F]int{}
	mf[f1]++
	mf[f1]++
	mf[f2]++
	fmt.Println(len(mf), mf[F{X: 1}])

	var i1, i2 I
	i1.X, i2.X = 2, 2
	*(*any)(unsafe.Add(unsafe.Pointer(&i1), 8)) = []int{1}
	*(*any)(unsafe.Add(unsafe.Pointer(&i2), 8)) = map[int]int{}
	fmt.Println(i1 == i2)
	mi := map[I]bool{i1: true}
	fmt.Println(mi[i2], len(mi))
	var ai any = i1
	fmt.Println(ai == any(i2))

	var s1, s2 St
	s1.X, s2.X = 'a', 'a'
	*(*string)(unsafe.Pointer(&s1)) = "hidden"
	*(*float32)(unsafe.Add(unsafe.Pointer(&s2), 20)) = float32(nan())
	fmt.Println(s1 == s2, unsafe.Sizeof(s1), unsafe.Offsetof(s1.X))
	fmt.Println(s1)

	n1 := Nested{F: f1, Y: 3}
	n2 := Nested{F: f2, Y: 3}
	*(*int)(unsafe.Add(unsafe.Pointer(&n2), 24)) = 77
	fmt.Println(n1 == n2, n2.F == f2)
	arr1 := [2]Nested{n1, n2}
	arr2 := [2]Nested{n2, n1}
	fmt.Println(arr1 == arr2)
	mn := map[[2]Nested]string{arr1: "a"}
	mn[arr2] = "b"
	fmt.Println(len(mn), mn[arr1])
	var e1, e2 any = n1, n2
	fmt.Println(e1 == e2)
	n2.Y = 4
	fmt.Println(n1 == n2, e1 == any(n2))
}
