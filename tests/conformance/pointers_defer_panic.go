package main

import "fmt"

type Result struct {
	steps []string
	code  int
}

func work(r *Result, fail bool) {
	defer func() {
		if e := recover(); e != nil {
			r.code = 500
			r.steps = append(r.steps, "recovered")
		}
	}()
	defer func() { r.steps = append(r.steps, "cleanup") }()
	r.steps = append(r.steps, "begin")
	if fail {
		panic("failure")
	}
	r.code = 200
}

func setViaDefer() *int {
	v := new(int)
	defer func() { *v = 42 }()
	*v = 1
	return v
}

func namedPtr() (p *Result) {
	p = &Result{code: 1}
	defer func() {
		p.code++
		recover()
	}()
	p.steps = append(p.steps, "named")
	panic(p.code)
}

func main() {
	var ok, bad Result
	work(&ok, false)
	work(&bad, true)
	fmt.Println(ok)
	fmt.Println(bad)
	fmt.Println(*setViaDefer())
	np := namedPtr()
	fmt.Println(*np)
	target := 0
	pt := &target
	defer func() {
		fmt.Println("final target:", target)
	}()
	defer func(v int) {
		fmt.Println("deferred *pt at defer time:", v, "now:", *pt)
	}(*pt)
	*pt = 7
	defer func() {
		if r := recover(); r != nil {
			*pt = r.(int)
			fmt.Println("recovered:", r)
		}
	}()
	panic(*pt * 2)
}
