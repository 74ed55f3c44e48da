package main

import "fmt"

type Acc struct{ n int }

func (a Acc) Value() int   { return a.n }
func (a *Acc) Add(k int)   { a.n += k }
func (a *Acc) Total() int  { return a.n }

type Level int

func (l Level) Show() string {
	if l > 2 {
		return "high"
	}
	return "low"
}

func main() {
	a := Acc{1}
	val := a.Value
	add := a.Add
	tot := a.Total
	a.n = 10
	fmt.Println("value method bound copy:", val(), "pointer methods:", tot())
	add(5)
	fmt.Println(a.n, val(), tot())
	p := &a
	pval := p.Value
	a.n = 100
	fmt.Println("p.Value bound copy of *p:", pval(), a.Value())
	lv := Level(1)
	show := lv.Show
	lv = 5
	fmt.Println(show(), lv.Show())
	fns := []func() int{a.Value, a.Total}
	a.n = 7
	fmt.Println(fns[0](), fns[1]())
	var pending []func()
	for i := 0; i < 3; i++ {
		b := Acc{i}
		pending = append(pending, func() { fmt.Println("closure", b.Value()) })
		b.n += 10
	}
	for _, f := range pending {
		f()
	}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var np *Acc
	f := np.Total
	fmt.Println("method value from nil pointer created")
	g := np.Value
	fmt.Println("not reached", f == nil, g == nil)
}
