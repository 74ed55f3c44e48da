package main

// A nil func call 150 frames down, then an index error in the deferred call that runs
// for it: two panic frames' worth of runtime error, one panic(...) frame in the trace,
// counted by gc's elision.

var nf func()

func f(n int) {
	if n == 0 {
		defer func() {
			var s []int
			println(s[n+5])
		}()
		nf()
	}
	f(n - 1)
}

func main() {
	f(150)
}
