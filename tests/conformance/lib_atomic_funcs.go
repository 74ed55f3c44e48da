package main

import (
	"fmt"
	"math"
	"sync/atomic"
)

func main() {
	// Add: edge values and wraparound.
	i32s := []int32{0, 1, -1, math.MaxInt32, math.MinInt32, 12345}
	for _, a := range i32s {
		for _, d := range i32s {
			x := a
			n := atomic.AddInt32(&x, d)
			fmt.Printf("AddInt32(%d,%d)=%d x=%d\n", a, d, n, x)
		}
	}
	i64s := []int64{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 40}
	for _, a := range i64s {
		for _, d := range i64s {
			x := a
			n := atomic.AddInt64(&x, d)
			fmt.Printf("AddInt64(%d,%d)=%d x=%d\n", a, d, n, x)
		}
	}
	u32s := []uint32{0, 1, math.MaxUint32, 1 << 31, 0xdeadbeef}
	for _, a := range u32s {
		for _, d := range u32s {
			x := a
			n := atomic.AddUint32(&x, d)
			fmt.Printf("AddUint32(%d,%d)=%d x=%d\n", a, d, n, x)
		}
	}
	u64s := []uint64{0, 1, math.MaxUint64, 1 << 63, 0xdeadbeefcafebabe}
	for _, a := range u64s {
		for _, d := range u64s {
			x := a
			n := atomic.AddUint64(&x, d)
			fmt.Printf("AddUint64(%d,%d)=%d x=%d\n", a, d, n, x)
		}
	}
	ups := []uintptr{0, 1, ^uintptr(0), 1 << 63, 4096}
	for _, a := range ups {
		for _, d := range ups {
			x := a
			n := atomic.AddUintptr(&x, d)
			fmt.Printf("AddUintptr(%d,%d)=%d x=%d\n", a, d, n, x)
		}
	}
	// Subtraction idioms.
	u := uint32(10)
	fmt.Println("sub3:", atomic.AddUint32(&u, ^uint32(3-1)), u)
	fmt.Println("dec:", atomic.AddUint32(&u, ^uint32(0)), u)
	w := uint64(0)
	fmt.Println("sub1 from 0:", atomic.AddUint64(&w, ^uint64(0)), w)

	// And / Or return the old value.
	masks32 := []int32{0, -1, 0x0f0f0f0f, math.MinInt32, 6}
	for _, a := range masks32 {
		for _, m := range masks32 {
			x, y := a, a
			oa := atomic.AndInt32(&x, m)
			oo := atomic.OrInt32(&y, m)
			fmt.Printf("Int32 %d &|%d: old %d %d new %d %d\n", a, m, oa, oo, x, y)
		}
	}
	masks64 := []int64{0, -1, 0x0f0f0f0f0f0f0f0f, math.MinInt64, 6}
	for _, a := range masks64 {
		for _, m := range masks64 {
			x, y := a, a
			oa := atomic.AndInt64(&x, m)
			oo := atomic.OrInt64(&y, m)
			fmt.Printf("Int64 %d &|%d: old %d %d new %d %d\n", a, m, oa, oo, x, y)
		}
	}
	mu32 := []uint32{0, math.MaxUint32, 0xf0f0f0f0, 1 << 31, 5}
	for _, a := range mu32 {
		for _, m := range mu32 {
			x, y := a, a
			oa := atomic.AndUint32(&x, m)
			oo := atomic.OrUint32(&y, m)
			fmt.Printf("Uint32 %#x &|%#x: old %#x %#x new %#x %#x\n", a, m, oa, oo, x, y)
		}
	}
	mu64 := []uint64{0, math.MaxUint64, 0xf0f0f0f0f0f0f0f0, 1 << 63, 5}
	for _, a := range mu64 {
		for _, m := range mu64 {
			x, y := a, a
			oa := atomic.AndUint64(&x, m)
			oo := atomic.OrUint64(&y, m)
			fmt.Printf("Uint64 %#x &|%#x: old %#x %#x new %#x %#x\n", a, m, oa, oo, x, y)
		}
	}
	mup := []uintptr{0, ^uintptr(0), 0xff00, 1 << 63, 5}
	for _, a := range mup {
		for _, m := range mup {
			x, y := a, a
			oa := atomic.AndUintptr(&x, m)
			oo := atomic.OrUintptr(&y, m)
			fmt.Printf("Uintptr %#x &|%#x: old %#x %#x new %#x %#x\n", a, m, oa, oo, x, y)
		}
	}

	// CompareAndSwap success and failure.
	{
		x := int32(7)
		r1 := atomic.CompareAndSwapInt32(&x, 7, math.MinInt32)
		r2 := atomic.CompareAndSwapInt32(&x, 7, 9)
		r3 := atomic.CompareAndSwapInt32(&x, math.MinInt32, -1)
		fmt.Println("CASInt32", r1, r2, r3, x)
	}
	{
		x := int64(math.MaxInt64)
		r1 := atomic.CompareAndSwapInt64(&x, math.MaxInt64, math.MinInt64)
		r2 := atomic.CompareAndSwapInt64(&x, math.MaxInt64, 0)
		r3 := atomic.CompareAndSwapInt64(&x, math.MinInt64, 42)
		fmt.Println("CASInt64", r1, r2, r3, x)
	}
	{
		x := uint32(math.MaxUint32)
		r1 := atomic.CompareAndSwapUint32(&x, 0, 1)
		r2 := atomic.CompareAndSwapUint32(&x, math.MaxUint32, 0)
		r3 := atomic.CompareAndSwapUint32(&x, 0, 0)
		fmt.Println("CASUint32", r1, r2, r3, x)
	}
	{
		x := uint64(0)
		r1 := atomic.CompareAndSwapUint64(&x, 0, math.MaxUint64)
		r2 := atomic.CompareAndSwapUint64(&x, 0, 1)
		r3 := atomic.CompareAndSwapUint64(&x, math.MaxUint64, 1<<63)
		fmt.Println("CASUint64", r1, r2, r3, x)
	}
	{
		x := uintptr(3)
		r1 := atomic.CompareAndSwapUintptr(&x, 4, 5)
		r2 := atomic.CompareAndSwapUintptr(&x, 3, ^uintptr(0))
		fmt.Println("CASUintptr", r1, r2, x)
	}

	// Swap returns the old value.
	{
		a := int32(-5)
		o := atomic.SwapInt32(&a, math.MaxInt32)
		fmt.Println("SwapInt32", o, a)
		b := int64(math.MinInt64)
		o2 := atomic.SwapInt64(&b, 1)
		fmt.Println("SwapInt64", o2, b)
		c := uint32(math.MaxUint32)
		o3 := atomic.SwapUint32(&c, 0)
		fmt.Println("SwapUint32", o3, c)
		d := uint64(1)
		o4 := atomic.SwapUint64(&d, math.MaxUint64)
		fmt.Println("SwapUint64", o4, d)
		e := uintptr(0)
		o5 := atomic.SwapUintptr(&e, 99)
		fmt.Println("SwapUintptr", o5, e)
	}

	// Load / Store.
	{
		var a int32
		var b int64
		var c uint32
		var d uint64
		var e uintptr
		fmt.Println("zero loads", atomic.LoadInt32(&a), atomic.LoadInt64(&b), atomic.LoadUint32(&c), atomic.LoadUint64(&d), atomic.LoadUintptr(&e))
		atomic.StoreInt32(&a, math.MinInt32)
		atomic.StoreInt64(&b, math.MaxInt64)
		atomic.StoreUint32(&c, math.MaxUint32)
		atomic.StoreUint64(&d, math.MaxUint64)
		atomic.StoreUintptr(&e, ^uintptr(0))
		fmt.Println("loads", atomic.LoadInt32(&a), atomic.LoadInt64(&b), atomic.LoadUint32(&c), atomic.LoadUint64(&d), atomic.LoadUintptr(&e))
		fmt.Println("plain", a, b, c, d, e)
	}

	// Operations on elements of arrays, slices and struct fields.
	{
		arr := [4]int64{1, 2, 3, 4}
		for i := range arr {
			atomic.AddInt64(&arr[i], int64(i*10))
		}
		fmt.Println(arr)
		s := make([]uint32, 3)
		atomic.OrUint32(&s[1], 0x80)
		atomic.StoreUint32(&s[2], 7)
		fmt.Println(s)
		type pair struct {
			a int32
			b uint64
		}
		p := &pair{}
		atomic.AddInt32(&p.a, -3)
		atomic.SwapUint64(&p.b, 11)
		fmt.Println(*p)
	}

	// A nil address panics as a nil dereference.
	nilCase("AddInt32", func() { atomic.AddInt32(nil, 1) })
	nilCase("LoadInt64", func() { atomic.LoadInt64(nil) })
	nilCase("StoreUint32", func() { atomic.StoreUint32(nil, 1) })
	nilCase("SwapUint64", func() { atomic.SwapUint64(nil, 1) })
	nilCase("CompareAndSwapUintptr", func() { atomic.CompareAndSwapUintptr(nil, 0, 1) })
	nilCase("OrInt64", func() { atomic.OrInt64(nil, 1) })
	nilCase("AndUint32", func() { atomic.AndUint32(nil, 1) })
}

func nilCase(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Println(name, "recovered:", r, isErr)
	}()
	f()
}
