// A panic inside a small (inlinable) function is recovered by its caller's deferred call,
// then another deferred call of that caller panics fatally: gc's trace shows the caller
// at the call that panicked, with the inlined callee's frame above it (main.boom).
package main

func boom() { panic("first") }

func F() {
	defer func() {
		panic("from d0")
	}()
	defer func() {
		recover()
	}()
	boom()
}

func main() {
	F()
}
