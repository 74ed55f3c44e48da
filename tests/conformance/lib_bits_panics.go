package main

import (
	"fmt"
	"math/bits"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(name, r, isRuntime)
		if e, ok := r.(error); ok {
			fmt.Println(" ", e.Error())
		}
		fmt.Printf("  %T %v\n", r, r)
	}()
	f()
}

func main() {
	var zero uint64
	var zero32 uint32
	try("div64 zero", func() { bits.Div64(0, 1, zero) })
	try("div64 zero hi", func() { bits.Div64(5, 1, zero) })
	try("div64 overflow", func() { bits.Div64(7, 1, 7) })
	try("div64 overflow2", func() { bits.Div64(8, 1, 7) })
	try("div zero", func() { bits.Div(1, 1, uint(zero)) })
	try("div overflow", func() { bits.Div(1, 1, 1) })
	try("div32 zero", func() { bits.Div32(0, 1, zero32) })
	try("div32 zero hi", func() { bits.Div32(3, 1, zero32) })
	try("div32 overflow", func() { bits.Div32(9, 1, 9) })
	try("rem64 zero", func() { bits.Rem64(9, 1, zero) })
	try("rem32 zero", func() { bits.Rem32(9, 1, zero32) })
	try("rem zero", func() { bits.Rem(9, 1, uint(zero)) })
	fmt.Println(bits.Rem64(9, 1, 7), bits.Rem32(9, 1, 7), bits.Rem(1<<64-1, 1<<64-1, 3))
	try("ok", func() { fmt.Println(bits.Div64(6, 1, 7)) })
	bits.Div64(3, 3, 2)
}
