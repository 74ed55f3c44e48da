package main

// Panics in deferred calls three levels deep, each 40 frames below the previous one: the
// trace crosses two panic(...) frames, and gc counts both toward its 50 + 50.

func g(n int, msg string) {
	if n == 0 {
		panic(msg)
	}
	g(n-1, msg)
}

func f(n int) {
	if n == 0 {
		defer func() {
			defer func() {
				g(40, "third")
			}()
			g(40, "second")
		}()
		g(40, "first")
	}
	f(n - 1)
}

func main() {
	f(5)
}
