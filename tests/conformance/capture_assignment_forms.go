package main

import "fmt"

// Every way of writing a variable after a closure captured it must be seen by the closure.

func opAssign() {
	x := 1
	show := func() { println("opAssign", x) }
	x += 4
	show()
	x++
	show()
	x <<= 2
	show()
}

func redeclared() {
	a, err := 1, error(nil)
	show := func() { fmt.Println("redeclared", a, err) }
	b, err := 2, error(nil)
	_ = b
	show()
}

func rangeAssign() {
	var k, v int
	show := func() { println("rangeAssign", k, v) }
	for k, v = range []int{10, 20, 30} {
	}
	show()
	for k = range 7 {
	}
	show()
}

func onlyInClosure() {
	n := 0
	set := func(v int) { n = v }
	get := func() int { return n }
	set(9)
	println("onlyInClosure", get(), n)
}

func loopBodyChange() {
	var fs []func()
	for i := 0; i < 6; i++ {
		i++
		fs = append(fs, func() { println("loopBodyChange", i) })
	}
	for _, f := range fs {
		f()
	}
}

func previousIteration() {
	var f func()
	for i := 0; i < 3; i++ {
		if f != nil {
			f()
		}
		f = func() { println("previousIteration", i) }
	}
	f()
}

func deferredSeesLater() (s string) {
	count := 0
	defer func() { println("deferredSeesLater", count, s) }()
	for range 4 {
		count++
	}
	s = "done"
	return s + "!"
}

func swap() {
	a, b := 1, 2
	show := func() { println("swap", a, b) }
	a, b = b, a
	show()
}

func main() {
	opAssign()
	redeclared()
	rangeAssign()
	onlyInClosure()
	loopBodyChange()
	previousIteration()
	println(deferredSeesLater())
	swap()
}
