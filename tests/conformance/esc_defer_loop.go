package main

import "fmt"

type R struct{ id int }

func (r *R) Close()      { fmt.Println("close", r.id) }
func (r R) CloseVal()    { fmt.Println("closeval", r.id) }
func show(p *int)        { fmt.Println("show", *p) }
func showT(t *R, k int)  { fmt.Println("showT", t.id, k) }

func deferInFor() {
	for i := 0; i < 3; i++ {
		x := i * 10
		defer func() { fmt.Println("for x", x, "i", i) }()
		x++
	}
}

func deferPtrInFor() {
	for i := 0; i < 3; i++ {
		x := i + 1
		p := &x
		defer show(p)
		defer func() { fmt.Println("for *p", *p) }()
		*p *= 7
	}
}

func deferMethodInLoop() {
	for i := 0; i < 3; i++ {
		r := R{i}
		defer r.Close()
		defer r.CloseVal()
		r.id += 100
	}
}

func deferNewInLoop() {
	for i := range 3 {
		t := &R{i}
		defer showT(t, i)
		t.id *= 3
	}
}

func deferRange() {
	for _, s := range []string{"a", "bb", "ccc"} {
		n := len(s)
		p := &n
		defer func() { fmt.Println("range", s, *p) }()
		*p += 1000
	}
}

func deferNested() {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			v := R{i*10 + j}
			defer func() { v.Close() }()
			v.id++
		}
	}
}

func deferSlice() {
	for i := 0; i < 3; i++ {
		s := []int{i, i * i}
		defer func() { fmt.Println("slice", s[0], s[1]) }()
		s[1] += 50
	}
}

func deferNamed() (out int) {
	for i := 1; i <= 3; i++ {
		k := i
		p := &k
		defer func() { out = out*10 + *p }()
	}
	return 0
}

func main() {
	deferInFor()
	deferPtrInFor()
	deferMethodInLoop()
	deferNewInLoop()
	deferRange()
	deferNested()
	deferSlice()
	fmt.Println(deferNamed())
}
