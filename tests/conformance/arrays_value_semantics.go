package main

import "fmt"

type Buf [4]byte

func (b Buf) SetVal(i int, v byte) Buf { b[i] = v; return b }
func (b *Buf) SetPtr(i int, v byte)    { b[i] = v }
func (b Buf) Sum() int {
	s := 0
	for _, x := range b {
		s += int(x)
	}
	return s
}

type Holder struct {
	Name string
	Data [3]int
}

func bump(a [3]int) [3]int {
	a[0] += 100
	return a
}

func bumpPtr(a *[3]int) { a[1] += 100 }

func makeArr(n int) (r [3]int) {
	for i := range r {
		r[i] = n * (i + 1)
	}
	return
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 99
	fmt.Println(a, b, a == b)
	c := bump(a)
	fmt.Println(a, c)
	bumpPtr(&a)
	fmt.Println(a)
	fmt.Println(makeArr(2), makeArr(3)[2])

	h1 := Holder{"h1", [3]int{7, 8, 9}}
	h2 := h1
	h2.Data[2] = 0
	h2.Name = "h2"
	fmt.Println(h1, h2)
	hp := &h1
	hp.Data[0] = -1
	fmt.Println(h1.Data, h2.Data)

	// closure captures the variable, not a copy
	x := [2]string{"a", "b"}
	get := func() [2]string { return x }
	set := func(i int, s string) { x[i] = s }
	snap := x
	set(0, "z")
	fmt.Println(get(), snap, x)
	x = [2]string{"q", "r"}
	fmt.Println(get())

	var buf Buf
	buf2 := buf.SetVal(0, 5)
	fmt.Println(buf, buf2)
	buf.SetPtr(1, 7)
	(&buf).SetPtr(2, 9)
	fmt.Println(buf, buf.Sum(), buf2.Sum())
	f := buf.Sum
	buf.SetPtr(3, 100)
	fmt.Println(f(), buf.Sum())
	g := buf.SetPtr
	g(0, 1)
	fmt.Println(buf)

	// swap via tuple assignment
	p, q := [2]int{1, 2}, [2]int{3, 4}
	p, q = q, p
	fmt.Println(p, q)
	p[0], p[1] = p[1], p[0]
	fmt.Println(p)
	// array of arrays copy
	grid := [2][2]int{{1, 2}, {3, 4}}
	row := grid[1]
	row[0] = 30
	grid[0] = row
	fmt.Println(grid, row)
}
