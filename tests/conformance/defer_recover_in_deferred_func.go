package main

import "fmt"

// `defer recover()` evaluates recover's frame argument at the defer statement (gc's
// ORECOVERFP): it recovers when the function containing it is itself the deferred call
// being run by the current panic, and it is a no-op otherwise.

func viaDeferredFunc() {
	defer recover()
	fmt.Println("viaDeferredFunc runs")
}

func notDeferred() {
	defer recover()
	fmt.Println("notDeferred runs")
}

func first() {
	defer func() { fmt.Println("first sees:", recover()) }()
	defer viaDeferredFunc()
	panic("one")
}

func second() {
	defer func() { fmt.Println("second sees:", recover()) }()
	defer func() {
		defer recover()
		fmt.Println("closure runs")
	}()
	panic("two")
}

func third() {
	defer func() { fmt.Println("third sees:", recover()) }()
	notDeferred()
	panic("three")
}

func main() {
	first()
	second()
	third()
}
