package main

import "fmt"

type Buf struct {
	data [8]int
	n    int
}

func (b *Buf) Slice() []int { return b.data[:b.n] }
func (b *Buf) Add(v int)    { b.data[b.n] = v; b.n++ }

var gs []int

func scribble(n int) int {
	var a [64]byte
	for i := range a {
		a[i] = byte(n + i)
	}
	if n > 0 {
		return int(a[3]) + scribble(n-1)
	}
	return int(a[4])
}

func fullSlice(v int) []int {
	var buf [4]int
	for i := range buf {
		buf[i] = v + i
	}
	return buf[:]
}

func appendToLocal(v byte) []byte {
	var buf [16]byte
	s := buf[:0]
	for i := byte(0); i < 5; i++ {
		s = append(s, v+i)
	}
	return s
}

func appendGrow(v byte) []byte {
	var buf [2]byte
	s := buf[:0]
	for i := byte(0); i < 5; i++ {
		s = append(s, v+i)
	}
	return s
}

func subSlice(v int) []int {
	var buf [6]int
	for i := range buf {
		buf[i] = v * i
	}
	s := buf[1:5]
	return s[1:3:3]
}

func sliceToGlobal(v int) {
	var buf [3]int
	buf[0], buf[1], buf[2] = v, v+1, v+2
	gs = buf[1:]
}

func ptrToArray(v int) *[3]int {
	var arr [3]int
	arr[2] = v
	return &arr
}

func elemPtr(v int) *int {
	var arr [3]int
	arr[1] = v
	return &arr[1]
}

func structArray(v int) []int {
	var b Buf
	b.Add(v)
	b.Add(v * 2)
	b.Add(v * 3)
	return b.Slice()
}

func structArrayLocal(v int) int {
	var b Buf
	b.Add(v)
	b.Add(v + 1)
	s := 0
	for _, x := range b.Slice() {
		s += x
	}
	return s
}

func copyInto(v int) []*int {
	a, b, c := v, v+1, v+2
	src := [3]*int{&a, &b, &c}
	dst := make([]*int, 3)
	n := copy(dst, src[:])
	return dst[:n]
}

func copyOutOfLocal(v int) []int {
	var buf [4]int
	for i := range buf {
		buf[i] = v - i
	}
	out := make([]int, 4)
	copy(out, buf[:])
	return out
}

func arrayValueReturn(v int) [3]*int {
	var x, y, z int = v, v * 2, v * 3
	arr := [3]*int{&x, &y, &z}
	cp := arr
	return cp
}

func sliceOfSliceLit(v int) [][]int {
	a := []int{v, v}
	b := []int{v * 2}
	return [][]int{a, b}
}

func rangeOverLocal(v int) *int {
	arr := [3]int{v, v + 1, v + 2}
	var last *int
	for i := range arr {
		last = &arr[i]
	}
	return last
}

func arrayOfPtrsInLoop() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		var arr [2]int
		arr[0], arr[1] = i, i*10
		s := arr[:]
		out = append(out, &s[1])
	}
	return out
}

func main() {
	a := fullSlice(10)
	b := appendToLocal('a')
	c := appendGrow('k')
	d := subSlice(3)
	sliceToGlobal(40)
	e := ptrToArray(50)
	f := elemPtr(60)
	g := structArray(7)
	h := copyInto(70)
	i := copyOutOfLocal(80)
	j := arrayValueReturn(9)
	k := sliceOfSliceLit(11)
	l := rangeOverLocal(90)
	m := arrayOfPtrsInLoop()
	fmt.Println(scribble(10))
	fmt.Println(a, string(b), string(c), d, gs, *e, *f, g)
	fmt.Println(*h[0], *h[1], *h[2], i, *j[0], *j[1], *j[2], k, *l, *m[0], *m[1], *m[2])
	fmt.Println(structArrayLocal(5))
	b2 := appendToLocal('A')
	fmt.Println(string(b), string(b2))
}
