package main

import "os"

func main() {
	quit := func(code int) {
		println("quitting", code)
		os.Exit(code)
	}
	quit(1)
	println("unreachable")
}
