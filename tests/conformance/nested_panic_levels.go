// A chain of nested panics: each level's deferred call starts the next level while the
// previous panic is in flight (open-coded and heap records mixed); each level in turn
// recovers, aborting the panics below it.
package main

var log []string

func note(s string) { log = append(log, s) }

func itoa(n int) string {
	d := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	if n < 10 {
		return d[n]
	}
	return itoa(n/10) + d[n%10]
}

// Each level panics, and its deferred call recurses into the next level while the panic
// is in flight; level k recovers when k == stop.
func level(k, n, stop int) {
	defer func() {
		if k == stop {
			if e := recover(); e != nil {
				note("level " + itoa(k) + " recovered " + e.(string))
			}
		}
		note("level " + itoa(k) + " defer")
	}()
	defer func() {
		if k < n {
			level(k+1, n, stop)
		}
	}()
	if k%2 == 0 {
		for i := 0; i < 2; i++ {
			defer note("loop " + itoa(k) + "." + itoa(i))
		}
	}
	panic("p" + itoa(k))
}

func run(n, stop int) {
	defer func() {
		if e := recover(); e != nil {
			note("run recovered " + e.(string))
		}
	}()
	level(0, n, stop)
}

func main() {
	for stop := -1; stop < 6; stop++ {
		run(5, stop)
		note("--")
	}
	for _, s := range log {
		println(s)
	}
}
