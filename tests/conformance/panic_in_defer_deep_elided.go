package main

// A panic in a deferred call, 150 frames down: gc's trace shows a panic(...) frame where
// the first panic runs the deferred call, and counts it toward the innermost 50 frames
// it prints before `...N frames elided...`.

func f(n int) {
	if n == 0 {
		defer func() {
			panic("second")
		}()
		panic("first")
	}
	f(n - 1)
}

func main() {
	f(150)
}
