package main

import (
	"fmt"
	"math"
	"sync/atomic"
	"unsafe"
)

type counters struct {
	hits   atomic.Int64
	flag   atomic.Bool
	small  atomic.Int32
	big    atomic.Uint64
	mid    atomic.Uint32
	ptr    atomic.Uintptr
	holder atomic.Value
}

var global atomic.Int64
var gflag atomic.Bool

func main() {
	fmt.Println("sizes", unsafe.Sizeof(atomic.Bool{}), unsafe.Sizeof(atomic.Int32{}), unsafe.Sizeof(atomic.Int64{}),
		unsafe.Sizeof(atomic.Uint32{}), unsafe.Sizeof(atomic.Uint64{}), unsafe.Sizeof(atomic.Uintptr{}), unsafe.Sizeof(atomic.Value{}))
	fmt.Println("counters size", unsafe.Sizeof(counters{}))

	// Zero values are ready to use.
	var b atomic.Bool
	fmt.Println("Bool zero", b.Load())
	b.Store(true)
	fmt.Println("Bool store", b.Load())
	fmt.Println("Bool swap", b.Swap(false), b.Load())
	fmt.Println("Bool swap2", b.Swap(false), b.Load())
	fmt.Println("Bool cas true->true fail", b.CompareAndSwap(true, true), b.Load())
	fmt.Println("Bool cas false->true", b.CompareAndSwap(false, true), b.Load())
	fmt.Println("Bool cas true->false", b.CompareAndSwap(true, false), b.Load())
	fmt.Println("Bool cas false->false", b.CompareAndSwap(false, false), b.Load())

	var i32 atomic.Int32
	fmt.Println("Int32", i32.Load(), i32.Add(math.MaxInt32), i32.Add(1), i32.Add(-1))
	fmt.Println("Int32 swap", i32.Swap(-7), i32.Load())
	fmt.Println("Int32 cas", i32.CompareAndSwap(7, 1), i32.CompareAndSwap(-7, 1), i32.Load())
	i32.Store(0x0ff0)
	fmt.Println("Int32 and", i32.And(0x00ff), i32.Load())
	fmt.Println("Int32 or", i32.Or(-0x10000), i32.Load())
	fmt.Println("Int32 and -1", i32.And(-1), i32.Load())

	var i64 atomic.Int64
	fmt.Println("Int64", i64.Load(), i64.Add(math.MaxInt64), i64.Add(1), i64.Add(math.MinInt64))
	fmt.Println("Int64 swap", i64.Swap(1<<50), i64.Load())
	fmt.Println("Int64 cas", i64.CompareAndSwap(1<<50, -1), i64.CompareAndSwap(1<<50, 0), i64.Load())
	fmt.Println("Int64 and", i64.And(0x7fff), i64.Load())
	fmt.Println("Int64 or", i64.Or(math.MinInt64), i64.Load())
	i64.Store(42)
	fmt.Println("Int64 store", i64.Load())

	var u32 atomic.Uint32
	fmt.Println("Uint32", u32.Load(), u32.Add(^uint32(0)), u32.Add(2), u32.Add(^uint32(4-1)))
	fmt.Println("Uint32 swap", u32.Swap(1<<31), u32.Load())
	fmt.Println("Uint32 cas", u32.CompareAndSwap(1<<31, 3), u32.CompareAndSwap(1<<31, 4), u32.Load())
	fmt.Println("Uint32 or", u32.Or(0xf0), u32.Load())
	fmt.Println("Uint32 and", u32.And(0x0f), u32.Load())
	u32.Store(math.MaxUint32)
	fmt.Println("Uint32 store", u32.Load())

	var u64 atomic.Uint64
	fmt.Println("Uint64", u64.Load(), u64.Add(math.MaxUint64), u64.Add(1), u64.Add(1<<63))
	fmt.Println("Uint64 swap", u64.Swap(math.MaxUint64), u64.Load())
	fmt.Println("Uint64 cas", u64.CompareAndSwap(0, 1), u64.CompareAndSwap(math.MaxUint64, 9), u64.Load())
	fmt.Println("Uint64 or", u64.Or(1<<63), u64.Load())
	fmt.Println("Uint64 and", u64.And(1<<63|1), u64.Load())
	u64.Store(0)
	fmt.Println("Uint64 store", u64.Load())

	var up atomic.Uintptr
	fmt.Println("Uintptr", up.Load(), up.Add(^uintptr(0)), up.Add(1), up.Add(4096))
	fmt.Println("Uintptr swap", up.Swap(77), up.Load())
	fmt.Println("Uintptr cas", up.CompareAndSwap(78, 1), up.CompareAndSwap(77, 12), up.Load())
	fmt.Println("Uintptr or", up.Or(3), up.Load())
	fmt.Println("Uintptr and", up.And(^uintptr(1)), up.Load())
	up.Store(1 << 63)
	fmt.Println("Uintptr store", up.Load())

	// Fields of structs, heap values and globals.
	c := &counters{}
	for i := 0; i < 5; i++ {
		c.hits.Add(int64(i))
		c.small.Add(-1)
		c.big.Add(uint64(i) << 60)
		c.mid.Or(1 << uint(i))
		c.ptr.Add(8)
	}
	c.flag.Store(true)
	c.holder.Store("hello")
	fmt.Println(c.hits.Load(), c.small.Load(), c.big.Load(), c.mid.Load(), c.ptr.Load(), c.flag.Load(), c.holder.Load())
	global.Add(100)
	global.Add(-1)
	gflag.Store(!gflag.Load())
	fmt.Println(global.Load(), gflag.Load())
	arr := make([]atomic.Int32, 4)
	for i := range arr {
		arr[i].Store(int32(i * i))
	}
	for i := range arr {
		fmt.Print(arr[i].Add(1), " ")
	}
	fmt.Println()

	// Method values and expressions.
	add := i64.Add
	add(10)
	add(-3)
	fmt.Println("method value", i64.Load())
	load := (*atomic.Int64).Load
	fmt.Println("method expr", load(&i64))

	// Interfaces over the types.
	type loader interface{ Load() int64 }
	var l loader = &i64
	fmt.Println("interface", l.Load())

	// A nil *Int64 panics as a nil dereference.
	func() {
		defer func() { fmt.Println("nil Int64:", recover()) }()
		var p *atomic.Int64
		p.Add(1)
	}()
	func() {
		defer func() { fmt.Println("nil Bool:", recover()) }()
		var p *atomic.Bool
		fmt.Println(p.Load())
	}()
}
