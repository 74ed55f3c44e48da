package main

import "fmt"

type T struct {
	f  int
	xs []int
}

func main() {
	x := T{f: 1}
	p := &x.f
	x = T{f: 2}
	fmt.Println(*p)
	*p = 3
	fmt.Println(x)
	s := []T{{f: 1}}
	q := &s[0]
	s = append(s, T{f: 2})
	q.f = 99
	fmt.Println(s[0].f, q.f)
	inc := s[1].Bump
	s[1].f = 50
	inc()
	fmt.Println(s[1].f)
	var fs []func() int
	for i := 0; i < 3; i++ {
		t := T{f: i}
		fs = append(fs, t.Get)
		t.f = 100
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	np := new(int)
	nps := new([]int)
	*nps = append(*nps, *np, 5)
	fmt.Println(*np, *nps, len(*nps))
	nf := new(func() int)
	fmt.Println(*nf == nil)
	*nf = func() int { return 8 }
	fmt.Println((*nf)())
}

func (t *T) Bump()    { t.f++ }
func (t T) Get() int { return t.f }
