package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type stats struct {
	N    atomic.Int64
	On   atomic.Bool
	Name string
}

func main() {
	var b atomic.Bool
	var i32 atomic.Int32
	var i64 atomic.Int64
	var u32 atomic.Uint32
	var u64 atomic.Uint64
	var up atomic.Uintptr
	var v atomic.Value
	b.Store(true)
	i32.Store(-3)
	i64.Store(1 << 40)
	u32.Store(7)
	u64.Store(1<<64 - 1)
	up.Store(4096)
	fmt.Printf("%v|%v|%v|%v|%v|%v|%v\n", b.Load(), i32.Load(), i64.Load(), u32.Load(), u64.Load(), up.Load(), v.Load())
	fmt.Printf("sizes %d %d %d %d %d %d %d\n", unsafe.Sizeof(b), unsafe.Sizeof(i32), unsafe.Sizeof(i64), unsafe.Sizeof(u32), unsafe.Sizeof(u64), unsafe.Sizeof(up), unsafe.Sizeof(v))
	fmt.Printf("aligns %d %d %d %d %d %d %d\n", unsafe.Alignof(b), unsafe.Alignof(i32), unsafe.Alignof(i64), unsafe.Alignof(u32), unsafe.Alignof(u64), unsafe.Alignof(up), unsafe.Alignof(v))
	fmt.Printf("%T %T %T %T %T %T %T\n", b, i32, i64, u32, u64, up, v)
	fmt.Printf("%T %T\n", &b, &v)
	s := &stats{Name: "s"}
	s.N.Add(5)
	s.On.Store(true)
	fmt.Printf("%d %v %s\n", s.N.Load(), s.On.Load(), s.Name)
	fmt.Println("offsets", unsafe.Offsetof(s.N), unsafe.Offsetof(s.On), unsafe.Offsetof(s.Name), unsafe.Sizeof(*s))
	// The structs themselves, hidden fields included (go vet would flag the copies).
	fmt.Println(b, i32, i64, u32, u64, up, v)
	fmt.Println(&b, &i32, &i64, &u32, &u64, &up, &v)
	fmt.Printf("%+v %+v %+v %+v\n", b, i64, up, v)
	fmt.Printf("%#v\n%#v\n%#v\n", b, i64, u64)
	fmt.Printf("%+v\n", *s)
	fmt.Println(atomic.Int64{} == atomic.Int64{}, b == atomic.Bool{}, v == atomic.Value{})
	var w atomic.Value
	w.Store(3)
	fmt.Println(w.Load().(int) + 1)
}
