package ex

import "fmt"

func ExampleHello() {
	fmt.Println("hello")
	// Output: hello
}

func ExampleBad() {
	fmt.Println("a")
	fmt.Println("b")
	// Output:
	// b
	// a
}

func ExampleUnordered() {
	fmt.Println("x")
	fmt.Println("y")
	// Unordered output:
	// y
	// x
}

func ExampleNoOutput() {
	fmt.Println("never run")
}

func ExamplePanic() {
	fmt.Println("before")
	panic("ex boom")
	// Output: before
}
