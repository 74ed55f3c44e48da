// Plain-call windows under recursion: levels recurse before or after their defer
// statement, a panic at the bottom is recovered at each level in turn; defers
// registered on some branches only, with calls (which may panic) between them.
package main

var log []string

func note(s string) { log = append(log, s) }

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	d := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	if n < 10 {
		return d[n]
	}
	return itoa(n/10) + d[n%10]
}

// Recursion before the defer statement (a plain call), panics at the bottom; every
// level that reaches its defer statement registers one.
func down(n, stop int) (r int) {
	if n == 0 {
		panic("bottom")
	}
	if n%2 == 0 {
		r = down(n-1, stop) // plain call in levels that have no defer yet
	}
	defer func() {
		if n == stop {
			if e := recover(); e != nil {
				note("down " + itoa(n) + " recovered " + e.(string))
				r = 1000 + n
			}
		}
		note("down " + itoa(n) + " defer r=" + itoa(r))
	}()
	if n%2 == 1 {
		r = down(n-1, stop) + 1 // covered call
	}
	return r
}

// Defers registered on some branches only; calls between them.
func branches(x int) (r int) {
	note("branches " + itoa(x))
	if x&1 != 0 {
		defer func() { r += 1; note("b bit0") }()
	}
	step(x, 1)
	if x&2 != 0 {
		defer func() { r += 2; note("b bit1") }()
	} else {
		defer func() { r += 20; note("b not bit1") }()
	}
	step(x, 2)
	if x&4 != 0 {
		defer func() {
			if e := recover(); e != nil {
				r += 400
				note("b recovered " + e.(string))
			}
		}()
	}
	step(x, 4)
	return 100
}

func step(x, k int) {
	if x&(k*8) != 0 {
		panic("step " + itoa(k))
	}
}

func wrap(tag string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			note(tag + " wrap: " + r.(string))
		}
	}()
	f()
}

func main() {
	for stop := 0; stop < 7; stop++ {
		stop := stop
		wrap("down"+itoa(stop), func() { println("down", stop, down(6, stop)) })
	}
	for x := 0; x < 64; x++ {
		x := x
		wrap("branches", func() { println("branches", x, branches(x)) })
	}
	for _, s := range log {
		println(s)
	}
}
