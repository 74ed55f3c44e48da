package main

import (
	"fmt"
	"unsafe"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name, "recovered:", r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	s := "hello, world"
	p := unsafe.StringData(s)
	fmt.Println(*p, string(*p))
	t := unsafe.String(p, 5)
	fmt.Println(t, len(t))
	u := unsafe.String((*byte)(unsafe.Add(unsafe.Pointer(p), 7)), 5)
	fmt.Println(u, unsafe.StringData(u) == (*byte)(unsafe.Add(unsafe.Pointer(p), 7)))
	bs := unsafe.Slice(unsafe.StringData(s), len(s))
	fmt.Println(len(bs), cap(bs), bs[0], bs[11])

	buf := []byte{'g', 'o', 'p', 'h', 'e', 'r'}
	str := unsafe.String(unsafe.SliceData(buf), len(buf))
	fmt.Println(str)
	buf[0] = 'G'
	fmt.Println(str, unsafe.SliceData(buf) == &buf[0])

	arr := [6]int{1, 2, 3, 4, 5, 6}
	sl := unsafe.Slice(&arr[2], 3)
	fmt.Println(sl, len(sl), cap(sl))
	sl[0] = 30
	fmt.Println(arr)
	sl = append(sl, 7)
	sl[1] = 40
	fmt.Println(arr, sl)
	s16 := unsafe.Slice((*int16)(unsafe.Pointer(&arr[0])), 4)
	fmt.Println(s16)

	zs := unsafe.Slice((*int)(nil), 0)
	fmt.Println(zs == nil, len(zs), cap(zs), zs)
	ze := unsafe.Slice(&arr[0], 0)
	fmt.Println(ze == nil, len(ze), cap(ze))
	es := unsafe.String(nil, 0)
	fmt.Println(es == "", len(es))
	var nilSlice []int
	fmt.Println(unsafe.SliceData(nilSlice) == nil)
	empty := make([]int, 0, 4)
	fmt.Println(unsafe.SliceData(empty) != nil)

	n := -1
	try("slice negative", func() { _ = unsafe.Slice(&arr[0], n) })
	try("slice nil", func() { _ = unsafe.Slice((*int)(nil), 3) })
	try("string negative", func() { _ = unsafe.String(p, n) })
	try("string nil", func() { _ = unsafe.String(nil, 2) })
	var big uint64 = 1 << 62
	try("slice huge", func() { _ = unsafe.Slice(&arr[0], big) })
	fmt.Println("done")
}
