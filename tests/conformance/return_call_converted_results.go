package main

import "fmt"

type Reader interface{ Read() int }

type Buffer struct{ n int }

func (b *Buffer) Read() int { return b.n }

func h(n int) (b *Buffer, ok bool) { return &Buffer{n}, n > 0 }

func i(n int) (r Reader, ok bool) {
	return h(n)
}

func j() (any, error) { return k() }

func k() (int, error) { return 7, nil }

func main() {
	r, ok := i(3)
	fmt.Println(r.Read(), ok)
	r, ok = i(0)
	fmt.Println(r.Read(), ok)
	v, err := j()
	fmt.Println(v, err)
	fmt.Printf("%T %v\n", v, err == nil)
}
