// Defers registered in the bodies of an int switch dispatched through a table (default
// in the middle, lowered before the cases), with panics in cases and after the switch.
package main

var log []string

func note(s string) { log = append(log, s) }

func boom(s string) { panic(s) }

func sw(x int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			note("sw recovered " + e.(string))
			r = -r
		}
	}()
	switch x {
	case 1:
		defer func() { r += 1; note("case1 d") }()
		boom("c1")
	case 2, 3:
		if x == 3 {
			defer func() { r += 3; note("case3 d") }()
		}
		r = 30
		boom("c23")
	default:
		defer func() { r += 100; note("default d") }()
		if x > 6 {
			boom("dflt")
		}
	case 4:
		r = 4
	case 5:
		defer func() { r += 5; note("case5 d") }()
		return 50
	}
	if x == 0 || x == 4 {
		boom("after")
	}
	return r + 1000
}

func main() {
	for x := 0; x < 9; x++ {
		println(x, sw(x))
	}
	for _, s := range log {
		println(s)
	}
}
