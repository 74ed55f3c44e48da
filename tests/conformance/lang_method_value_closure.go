package main

import "fmt"

type Acc struct{ sum int }

func (a *Acc) Add(x int) int { a.sum += x; return a.sum }
func (a Acc) Get() int      { return a.sum }

func main() {
	a := Acc{}
	add := a.Add
	get := a.Get
	for i := 1; i <= 4; i++ {
		add(i)
	}
	fmt.Println(a.sum, get(), a.Get())
	fs := []func() int{}
	accs := []Acc{{1}, {2}, {3}}
	for i := range accs {
		fs = append(fs, accs[i].Get)
	}
	accs[0].sum = 50
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs []func(int) int
	for _, x := range accs {
		gs = append(gs, x.Add)
	}
	fmt.Println(gs[0](1), gs[0](1), gs[2](5), accs)
}
