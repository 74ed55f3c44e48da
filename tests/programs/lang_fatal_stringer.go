package main

import "fmt"

// A panic value that is a fmt.Stringer (and not an error): the runtime prints String().

type Status struct {
	Code int
	Text string
}

func (s Status) String() string { return fmt.Sprintf("status %d (%s)", s.Code, s.Text) }

func tryRecover() any {
	return recover() // not called directly by a deferred function: returns nil
}

func handle(code int) {
	defer func() {
		if r := tryRecover(); r != nil {
			fmt.Println("unexpectedly recovered", r)
		}
		fmt.Println("handle: deferred helper could not recover")
	}()
	if code >= 500 {
		panic(Status{code, "server error"})
	}
	fmt.Println("handled", Status{code, "ok"})
}

func main() {
	defer fmt.Println("main: deferred print runs before the panic report")
	handle(200)
	var s fmt.Stringer = Status{404, "not found"}
	println("String() called explicitly for println:", s.String())
	handle(503)
}
