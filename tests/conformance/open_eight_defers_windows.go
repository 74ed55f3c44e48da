// Eight open-coded defers (bit 7 is deferBits' sign bit) with a call that may panic in
// every window between them, deferred calls that panic at the exit, and recovery by
// defer 0, 6 or 7 (the landing pad then runs the remaining bits).
package main

var log []string

func note(s string) { log = append(log, s) }

func itoa(n int) string {
	d := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return d[n]
	}
	return itoa(n/10) + d[n%10]
}

func maybe(k, at int) {
	if k == at {
		panic("at " + itoa(at))
	}
}

func eight(at, rec int) (r int) {
	defer func() {
		if rec == 0 {
			if e := recover(); e != nil {
				note("d0 recovered " + e.(string))
				r += 1000
			}
		}
		r += 1
	}()
	maybe(0, at)
	defer func() { r += 2; maybe(20, at) }()
	maybe(1, at)
	defer func() { r += 4 }()
	maybe(2, at)
	defer func() { r += 8; maybe(23, at) }()
	maybe(3, at)
	defer func() { r += 16 }()
	maybe(4, at)
	defer func() { r += 32 }()
	maybe(5, at)
	defer func() {
		if rec == 6 {
			if e := recover(); e != nil {
				note("d6 recovered " + e.(string))
				r += 2000
			}
		}
		r += 64
	}()
	maybe(6, at)
	defer func() {
		r += 128
		if rec == 7 {
			if e := recover(); e != nil {
				note("d7 recovered " + e.(string))
				r += 4000
			}
		}
		maybe(27, at)
	}()
	maybe(7, at)
	note("eight body end")
	return r
}

func main() {
	for _, at := range []int{-1, 0, 1, 3, 6, 7, 20, 23, 27} {
		for _, rec := range []int{0, 6, 7} {
			at, rec := at, rec
			func() {
				defer func() {
					if e := recover(); e != nil {
						note("main recovered " + e.(string))
					}
				}()
				println(at, rec, eight(at, rec))
			}()
		}
	}
	for _, s := range log {
		println(s)
	}
}
