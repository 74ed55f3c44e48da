// Defer records pushed in loops with calls between them: callees that push and pop
// their own records, panics recovered below and above, closures of different sizes
// (several pool size classes) and a frame mixing them.
package main

var trace []string

func note(s string) { trace = append(trace, s) }

func itoa(n int) string {
	digits := []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return digits[n]
	}
	return itoa(n/10) + digits[n%10]
}

// Its own records, pushed and popped while the caller's are on the chain.
func inner(k int) {
	for i := 0; i < k; i++ {
		defer note("inner " + itoa(i))
	}
}

// A panic below, recovered by inner's caller's deferred closure.
func recoversBelow(k int) {
	defer func() {
		if r := recover(); r != nil {
			note("recoversBelow recovered " + r.(string))
		}
	}()
	for i := 0; i < k; i++ {
		defer note("recoversBelow " + itoa(i))
	}
	panic("below " + itoa(k))
}

func loop(n int) {
	for i := 0; i < n; i++ {
		a, b, c := i, i*2, i*3
		switch i % 3 {
		case 0:
			defer note("small " + itoa(a))
		case 1:
			defer func() { note("medium " + itoa(a+b)) }()
		default:
			defer func() { note("large " + itoa(a+b+c) + " " + itoa(a*b*c)) }()
		}
		inner(i % 3)
		recoversBelow(i % 2)
	}
}

// Panics after pushing records: every record of the frame runs, then the caller recovers.
func loopThenPanic(n int) {
	for i := 0; i < n; i++ {
		defer note("loopThenPanic " + itoa(i))
		if i == n-1 {
			panic("done at " + itoa(i))
		}
	}
}

// A deferred call that pushes records of its own while this frame's are pending.
func deferredLoops() {
	for i := 0; i < 3; i++ {
		defer inner(i + 1)
	}
}

func main() {
	loop(5)
	func() {
		defer func() { note("main recovered " + recover().(string)) }()
		loopThenPanic(4)
	}()
	deferredLoops()
	for _, s := range trace {
		println(s)
	}
}
