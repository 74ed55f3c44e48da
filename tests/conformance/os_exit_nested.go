package main

import (
	"fmt"
	"os"
)

func check(n int) {
	if n > 2 {
		fmt.Println("giving up at", n)
		os.Exit(42)
	}
}

func main() {
	for i := range 10 {
		check(i)
		println("ok", i)
	}
}
