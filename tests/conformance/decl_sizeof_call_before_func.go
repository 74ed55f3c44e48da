package main

import (
	"fmt"
	"unsafe"
)

// Array lengths computed from calls of functions declared further down: the call is
// not evaluated, only its result type is needed.
type Buf [unsafe.Sizeof(pair())]byte

type Ptrs [unsafe.Sizeof(one()) / 2]*int

const width = unsafe.Sizeof(pair()) + unsafe.Alignof(one())

type P struct {
	a int32
	b int64
}

func pair() P {
	panic("pair is never called")
}

func one() int16 {
	panic("one is never called")
}

func (b Buf) Len() int { return len(b) }

func main() {
	var b Buf
	var p Ptrs
	x := 5
	p[0] = &x
	fmt.Println(b.Len(), len(p), *p[0], width)
}
