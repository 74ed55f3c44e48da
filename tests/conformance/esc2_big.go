package main

import "fmt"

// Big values: arrays of thousands of elements addressed and sliced, allocations just
// under, at and over gc's 64 KiB limit for implicit stack allocations, deep recursion
// with frame allocations.

type Big struct {
	a [8191]int // 65528 bytes
}

type Bigger struct {
	a [8192]int // 65536 bytes: still fits
}

type Biggest struct {
	a [8192]int
	b [1]int // 65544 bytes in all: over the limit
}

var keepBig *Big
var keepBiggest *Biggest

func scribble(n int) int {
	var a [512]int
	for i := range a {
		a[i] = n*29 + i
	}
	if n > 0 {
		return a[n%512] + scribble(n-1)
	}
	return a[6]
}

func sumSlice(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func bigArrays() []int {
	var out []int
	var keep []int
	var keepP *[3000]int
	for i := 0; i < 3; i++ {
		var arr [3000]int
		for j := range arr {
			arr[j] = i*10000 + j
		}
		s := arr[1000:2000:2500]
		out = append(out, sumSlice(s), len(s), cap(s))
		if i == 1 {
			keep = s[:cap(s)]
			keepP = &arr
		}
	}
	scribble(8)
	out = append(out, keep[0], keep[1499], keepP[2999], sumSlice(keep))
	return out
}

func nearLimit() []int {
	var out []int
	var prev *Big
	var prevB *Bigger
	var prevC *Biggest
	for i := 0; i < 3; i++ {
		b := new(Big)
		b.a[0] = i
		b.a[8190] = i * 2
		c := &Bigger{}
		c.a[8191] = i * 3
		d := new(Biggest)
		d.b[0] = i * 4
		if prev != nil {
			out = append(out, prev.a[0], prev.a[8190], prevB.a[8191], prevC.b[0])
		}
		prev, prevB, prevC = b, c, d
	}
	scribble(8)
	out = append(out, prev.a[8190], prevB.a[8191], prevC.b[0])
	return out
}

func localBig() int {
	t := 0
	for i := 0; i < 4; i++ {
		b := new(Big) // does not escape: one frame slot reused
		for j := 0; j < len(b.a); j += 1000 {
			t += b.a[j] // must be zero each iteration
			b.a[j] = i + j
		}
		e := &Biggest{}
		t += e.b[0]
		e.b[0] = 7
	}
	return t
}

func globalBig() {
	for i := 0; i < 3; i++ {
		b := new(Big)
		b.a[100] = 100 + i
		if i == 1 {
			keepBig = b
		}
		e := new(Biggest)
		e.a[8000] = 200 + i
		if i == 2 {
			keepBiggest = e
		}
	}
}

type Frame struct {
	buf    [4000]int
	parent *Frame
	depth  int
}

func walk(f *Frame) int {
	t := 0
	for p := f; p != nil; p = p.parent {
		t += p.buf[p.depth%4000] + p.depth
	}
	return t
}

func deep(n int, parent *Frame) int {
	f := new(Frame)
	f.parent = parent
	f.depth = n
	f.buf[n%4000] = n * 3
	if n == 0 {
		return walk(f)
	}
	return deep(n-1, f)
}

func deepLocal(n int) int {
	var arr [2000]int
	p := &arr
	for i := range p {
		p[i] = n + i
	}
	s := p[n%100 : n%100+50]
	r := sumSlice(s)
	if n == 0 {
		return r
	}
	return r%1000 + deepLocal(n-1)
}

func sliceLitBig() int {
	t := 0
	var keep []int
	for i := 0; i < 3; i++ {
		s := []int{i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7}
		big := make([]int, 10000)
		big[9999] = i
		t += s[7] + big[9999]
		if i == 0 {
			keep = s
		}
	}
	scribble(4)
	return t*1000 + keep[7]
}

// 64 KiB frame allocations 3000 calls deep (about 200 MB of stack), each reading its
// caller's through a parameter that does not escape.
func deepBigger(n int, prev *Bigger) int {
	b := new(Bigger)
	b.a[n%8192] = n
	if prev != nil {
		b.a[0] = prev.a[(n+1)%8192] + 1
	}
	if n == 0 {
		return b.a[0]
	}
	return deepBigger(n-1, b)
}

func main() {
	fmt.Println("bigArrays", bigArrays())
	fmt.Println("nearLimit", nearLimit())
	fmt.Println("localBig", localBig())
	globalBig()
	scribble(8)
	fmt.Println("globalBig", keepBig.a[100], keepBiggest.a[8000])
	fmt.Println("deep", deep(300, nil))
	fmt.Println("deepLocal", deepLocal(2000))
	fmt.Println("sliceLitBig", sliceLitBig())
	fmt.Println("deepBigger", deepBigger(3000, nil))
}
