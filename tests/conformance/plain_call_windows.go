// Calls at which no defer of the frame can be pending (before the first defer
// statement, the exit's call of the last deferred function) panic through the frame
// without stopping; calls inside a defer's window still run the frame's defers.
package main

var log []string

func note(s string) { log = append(log, s) }

func boom(s string) { panic(s) }

// A panic before the defer statement: the defer was never registered.
func before(fail bool) {
	if fail {
		boom("before")
	}
	defer note("before: deferred")
}

// The exit's call of defer 0 panics: nothing of this frame is left to run.
func lastDeferPanics() {
	defer boom("last")
	note("lastDeferPanics: body")
}

// Defer 1's call panics at the exit: defer 0 is still pending and runs.
func middleDeferPanics() {
	defer note("middle: defer 0")
	defer boom("middle")
	note("middle: body")
}

// A defer registered on one branch only, and a call after the branches.
func branchy(x int) (r int) {
	if x > 1 {
		defer func() { r += 100; note("branchy: deferred") }()
	}
	if x > 2 {
		boom("branchy")
	}
	return x
}

// A deferred closure that calls recover at a normal exit while a panic is in flight in
// an outer deferred call: it is not called by the panic, so it recovers nothing.
func innerNormalExit() {
	defer func() {
		note("inner recover is nil: " + yes(recover() == nil))
	}()
}

func yes(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func outer() {
	defer func() {
		innerNormalExit()
		r := recover()
		note("outer recovered: " + r.(string))
	}()
	boom("outer")
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			note(name + " recovered " + r.(string))
		}
	}()
	f()
}

func main() {
	try("before(false)", func() { before(false) })
	try("before(true)", func() { before(true) })
	try("lastDeferPanics", lastDeferPanics)
	try("middleDeferPanics", middleDeferPanics)
	for x := 0; x < 4; x++ {
		x := x
		try("branchy", func() { println("branchy", x, branchy(x)) })
	}
	try("outer", outer)
	for _, s := range log {
		println(s)
	}
}
