package main

import (
	"fmt"
	"unsafe"
)

type T struct {
	A int32
	_ int32
	B string
	_ [3]byte
	C bool
}

type Hole struct {
	_ int64
	X int8
	_ int8
}

type OnlyBlank struct {
	_ int
}

type Wrap struct {
	H Hole
	N int
}

func scribble(p unsafe.Pointer, off uintptr, v byte) {
	*(*byte)(unsafe.Add(p, off)) = v
}

func main() {
	t1 := T{A: 1, B: "x", C: true}
	t2 := T{A: 1, B: "x", C: true}
	fmt.Println(t1 == t2, t1)
	scribble(unsafe.Pointer(&t2), 4, 0x55)
	scribble(unsafe.Pointer(&t2), 24, 0x66)
	scribble(unsafe.Pointer(&t2), 26, 0x77)
	fmt.Println(t1 == t2, t1 != t2, *(*int32)(unsafe.Add(unsafe.Pointer(&t2), 4)))
	fmt.Println(t2)
	t2.C = false
	fmt.Println(t1 == t2)

	var h1, h2 Hole
	h1.X = 5
	h2.X = 5
	*(*int64)(unsafe.Pointer(&h2)) = -1
	scribble(unsafe.Pointer(&h2), 9, 9)
	fmt.Println(h1 == h2, unsafe.Sizeof(h1))

	var o1, o2 OnlyBlank
	*(*int)(unsafe.Pointer(&o1)) = 42
	fmt.Println(o1 == o2, o1 == OnlyBlank{})

	m := map[Hole]string{}
	m[h1] = "first"
	m[h2] = "second"
	fmt.Println(len(m), m[Hole{X: 5}], m[h1])
	var h3 Hole
	h3.X = 6
	m[h3] = "third"
	fmt.Println(len(m), m[h3])

	a1 := [2]Hole{h1, h3}
	a2 := [2]Hole{h2, h3}
	scribble(unsafe.Pointer(&a2[1]), 0, 0xaa)
	fmt.Println(a1 == a2)
	a2[1].X = 7
	fmt.Println(a1 == a2)

	w1 := Wrap{h1, 3}
	w2 := Wrap{h2, 3}
	fmt.Println(w1 == w2)

	var i1 any = h1
	var i2 any = h2
	var i3 any = h3
	fmt.Println(i1 == i2, i1 == i3, i2 == any(Hole{X: 5}))
	mi := map[any]int{i1: 1}
	mi[i2]++
	mi[o1]++
	mi[o2]++
	fmt.Println(len(mi), mi[i1], mi[OnlyBlank{}])
	mt := map[T]int{t1: 1}
	t3 := t1
	scribble(unsafe.Pointer(&t3), 5, 1)
	mt[t3] += 5
	fmt.Println(len(mt), mt[t1])
}
