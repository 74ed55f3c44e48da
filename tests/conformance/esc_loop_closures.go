package main

import "fmt"

var saved []func() int
var byName = map[string]func() int{}

func collect() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() int { return int(s[0]) })
	}
	for i := range 3 {
		x := i * 10
		fs = append(fs, func() int { x++; return x })
	}
	return fs
}

func keepOne() func() int {
	var f func() int
	for i := 0; i < 4; i++ {
		if i == 1 {
			f = func() int { return i * 1000 }
		}
	}
	return f
}

func keepLastInLoop() {
	var f func() int
	for i := 0; i < 4; i++ {
		v := i + 1
		g := func() int { return v * v }
		if f != nil {
			fmt.Print("prev=", f(), " ")
		}
		f = g
	}
	fmt.Println("last=", f())
}

func storeGlobal() {
	for i := 0; i < 3; i++ {
		y := i * 7
		saved = append(saved, func() int { return y })
	}
	for _, k := range []string{"x", "y"} {
		n := len(k) + int(k[0])
		byName[k] = func() int { return n }
	}
}

func shared() (func(), func() int) {
	c := 0
	inc := func() { c++ }
	get := func() int { return c }
	return inc, get
}

func perIterShared() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		c := i
		inc := func() int { c += 10; return c }
		get := func() int { return c }
		fs = append(fs, inc, get)
	}
	return fs
}

func calledImmediately() int {
	total := 0
	for i := 0; i < 5; i++ {
		total += func() int { return i * i }()
		f := func(k int) int { return k + i }
		total += f(100)
	}
	return total
}

func ptrCapture() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		x := i + 1
		p := &x
		fs = append(fs, func() int { *p *= 2; return *p })
	}
	return fs
}

func modifiedLoopVar() []func() int {
	var fs []func() int
	for i := 0; i < 6; i++ {
		fs = append(fs, func() int { return i })
		i++
	}
	return fs
}

func innerSetsOuter() func() int {
	var h func() int
	mk := func(k int) {
		v := k * 5
		h = func() int { v++; return v }
	}
	mk(3)
	return h
}

func innerSetsOuterLoop() []func() int {
	var hs []func() int
	var h func() int
	for i := 0; i < 3; i++ {
		func() {
			w := i
			h = func() int { return w * 11 }
		}()
		hs = append(hs, h)
	}
	return hs
}

func immediateVsLater() (int, func() int) {
	x := 1
	p := &x
	now := func() int { *p += 1; return *p }()
	later := func() int { *p *= 10; return *p }
	return now, later
}

func main() {
	for _, f := range modifiedLoopVar() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	iso := innerSetsOuter()
	fmt.Println(iso(), iso())
	for _, f := range innerSetsOuterLoop() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	now, later := immediateVsLater()
	fmt.Println(now, later(), later())
	fs := collect()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(keepOne()())
	keepLastInLoop()
	storeGlobal()
	for _, f := range saved {
		fmt.Print(f(), " ")
	}
	fmt.Println(byName["x"](), byName["y"]())
	inc, get := shared()
	inc()
	inc()
	fmt.Println(get())
	ps := perIterShared()
	for _, f := range ps {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(calledImmediately())
	pc := ptrCapture()
	for k := 0; k < 2; k++ {
		for _, f := range pc {
			fmt.Print(f(), " ")
		}
	}
	fmt.Println()
}
