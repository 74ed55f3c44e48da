package main

import "fmt"

type T struct{ n int }

var saved *T

func (t *T) Inc()             { t.n++ }
func (t *T) Save()            { saved = t }
func (t *T) Self() (r *T)     { r = t; return }
func (t *T) Twice()           { t.Inc(); t.Inc() }
func (t *T) Later() func() int { return func() int { return t.n } }
func (t *T) Copy() T          { return *t }
func (t *T) IsNil() bool      { return t == nil }
func (t *T) Boxed() any       { return t }
func (t *T) Loop() {
	q := t
	for i := 0; i < 3; i++ {
		q.n += i
	}
}

type Mutex struct{ locked bool }

func (m *Mutex) Lock()   { m.locked = true }
func (m *Mutex) Unlock() { m.locked = false }

func saver() {
	var x T
	x.Inc()
	x.Save()
}

func selfer() *T {
	var x T
	x.Twice()
	return x.Self()
}

func later() func() int {
	var x T
	x.Inc()
	return x.Later()
}

func boxed() any {
	var x T
	x.n = 5
	return x.Boxed()
}

func locked(k int) (out int) {
	var mu Mutex
	mu.Lock()
	defer mu.Unlock()
	defer func() {
		if r := recover(); r != nil {
			out = -k
		}
	}()
	if k == 3 {
		panic("three")
	}
	var t T
	t.Loop()
	return k + t.n + t.Copy().n
}

func perIteration() []*T {
	var ps []*T
	for i := 0; i < 3; i++ {
		var x T
		x.n = i
		x.Inc()
		ps = append(ps, x.Self())
	}
	return ps
}

func main() {
	saver()
	saved.n += 10
	fmt.Println(saved.n)
	p := selfer()
	fmt.Println(p.n)
	f := later()
	fmt.Println(f())
	fmt.Println(boxed().(*T).n)
	for k := 0; k < 5; k++ {
		fmt.Print(locked(k), " ")
	}
	fmt.Println()
	for _, q := range perIteration() {
		fmt.Print(q.n, " ")
	}
	fmt.Println()
	var y T
	fmt.Println(y.IsNil())
}
