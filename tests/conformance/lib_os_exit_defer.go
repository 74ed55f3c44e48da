package main

import (
	"fmt"
	"os"
)

type job struct {
	name string
	step int
}

func (j *job) close() { fmt.Printf("close %s at step %d\n", j.name, j.step) }

func (j *job) run(fail int) {
	defer j.close()
	for j.step = 1; j.step <= 3; j.step++ {
		if j.step == fail {
			panic(fmt.Sprintf("%s: step %d failed", j.name, j.step))
		}
		fmt.Printf("%s step %d ok\n", j.name, j.step)
	}
}

func main() {
	defer fmt.Println("main: outermost defer (never printed)")
	defer func() {
		r := recover()
		fmt.Println("main: recovered:", r)
		fmt.Fprintln(os.Stderr, "fatal:", r)
		defer fmt.Println("nested defer in handler (never printed)")
		os.Exit(3)
	}()
	defer fmt.Println("main: inner defer runs first")
	(&job{name: "alpha"}).run(0)
	(&job{name: "beta"}).run(2)
	fmt.Println("unreachable")
}
