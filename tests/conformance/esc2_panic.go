package main

import "fmt"

// Panics with frame-allocated values: deferred calls run on top of the panicking frames
// (which must still hold their frame values), values handed up in panics, runtime
// errors, nested panics and re-panics, recovery then use of what was handed up.

type Err struct {
	where *int
	vals  []int
}

func (e *Err) Error() string { return "err" }

var saved []*int

func scribble(n int) int {
	var a [256]int
	for i := range a {
		a[i] = n*59 + i
	}
	if n > 0 {
		return a[n%256] + scribble(n-1)
	}
	return a[13]
}

func level3(p *int) {
	z := *p + 1
	arr := [3]int{z, z + 1, z + 2}
	defer func() {
		scribble(20)
		fmt.Println("level3 defer", z, arr, *p)
		arr[0] = -1
	}()
	panic(&Err{&z, arr[:]})
}

func level2(k int) {
	y := k * 10
	g := func() { scribble(15); fmt.Println("level2 frame closure", y) }
	defer g()
	n := new(int)
	*n = y + 5
	defer func() {
		scribble(10)
		fmt.Println("level2 defer", *n, y)
	}()
	level3(n)
}

func level1() (res *Err) {
	defer func() {
		r := recover()
		scribble(30)
		res = r.(*Err)
	}()
	level2(4)
	return nil
}

func runtimeErr() (out []int) {
	defer func() {
		if r := recover(); r != nil {
			for _, p := range saved {
				out = append(out, *p)
			}
		}
	}()
	for i := 0; i < 5; i++ {
		x := i * 11
		saved = append(saved, &x)
		arr := []int{1, 2, 3}
		_ = arr[i]
	}
	return nil
}

func rePanic() (msg string, v int) {
	defer func() {
		r := recover()
		e := r.(*Err)
		scribble(10)
		msg = e.Error()
		v = *e.where + e.vals[1]
	}()
	func() {
		a := 7
		defer func() {
			r := recover()
			b := a * 2
			scribble(5)
			panic(&Err{&b, []int{a, r.(int)}})
		}()
		panic(a + 100)
	}()
	return "none", 0
}

func nestedDefersPanic() (out []int) {
	defer func() {
		recover()
	}()
	for i := 0; i < 3; i++ {
		v := i + 1
		p := &v
		defer func() {
			scribble(5)
			out = append(out, *p*100)
			*p = -1
		}()
	}
	x := 42
	defer func() {
		out = append(out, x)
	}()
	var m map[int]int
	m[0] = x
	return nil
}

func divZero(d int) (q int, where *int) {
	local := 1000
	defer func() {
		if recover() != nil {
			local++
			where = &local
			q = -1
		}
	}()
	q = local / d
	return q, &local
}

func panicStructPtr() (got int) {
	type Payload struct {
		p *[4]int
		q *int
	}
	defer func() {
		pl := recover().(Payload)
		scribble(20)
		got = pl.p[3] + *pl.q
	}()
	for i := 0; i < 3; i++ {
		arr := [4]int{i, i, i, i * 100}
		x := i
		if i == 2 {
			panic(Payload{&arr, &x})
		}
	}
	return 0
}

func main() {
	e := level1()
	scribble(40)
	fmt.Println("level1", *e.where, e.vals)
	fmt.Println("runtimeErr", runtimeErr())
	fmt.Println(rePanic())
	fmt.Println("nested", nestedDefersPanic())
	q, w := divZero(0)
	scribble(10)
	fmt.Println("div0", q, *w)
	q, w = divZero(7)
	scribble(10)
	fmt.Println("div7", q, *w)
	fmt.Println("structPtr", panicStructPtr())
}
