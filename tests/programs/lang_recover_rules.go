package main

import (
	"errors"
	"fmt"
	"runtime"
)

// The rules of recover: it stops a panic only when called directly by a deferred
// function, during the panic.

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%-22s -> caught by outer: %v\n", name, r)
	}()
	f()
	fmt.Printf("%-22s -> returned normally\n", name)
}

func helper() any { return recover() }

type Guard struct{ label string }

func (g Guard) Recover() {
	if r := recover(); r != nil { // a deferred method call is a direct call too
		fmt.Println("  guard", g.label, "recovered", r)
	}
}

func noPanic() {
	fmt.Println("  recover outside a panic:", recover())
	defer func() {
		fmt.Println("  deferred recover without panic:", recover())
	}()
}

func results() (a int, b string) {
	defer func() {
		if recover() != nil {
			b = "set by deferred"
		}
	}()
	a = 5
	panic("x")
}

func unnamed() int {
	defer func() { recover() }()
	x := 7
	if x > 0 {
		panic("y")
	}
	return x // never reached; the caller gets the zero value
}

func main() {
	noPanic()
	catch("defer recover()", func() {
		defer recover() // recover is the deferred function itself: not called by one
		panic("direct builtin")
	})
	catch("helper", func() {
		defer func() {
			fmt.Println("  helper got:", helper())
		}()
		panic("via helper")
	})
	catch("nested literal", func() {
		defer func() {
			func() {
				fmt.Println("  nested literal got:", recover())
			}()
		}()
		panic("nested")
	})
	catch("method", func() {
		defer Guard{"g1"}.Recover()
		panic("in method")
	})
	catch("method value", func() {
		g := Guard{"g2"}
		defer g.Recover()
		panic("in method value")
	})
	catch("func variable", func() {
		rec := func() {
			fmt.Println("  func variable got:", recover())
		}
		defer rec()
		panic("via variable")
	})
	catch("twice", func() {
		defer func() {
			fmt.Println("  second recover:", recover())
		}()
		defer func() {
			fmt.Println("  first recover:", recover())
		}()
		panic("once")
	})
	catch("panic(nil)", func() {
		defer func() {
			r := recover()
			var pe *runtime.PanicNilError
			fmt.Printf("  recovered %T, is PanicNilError: %t, msg: %v\n", r, errors.As(r.(error), &pe), r)
		}()
		panic(nil)
	})
	a, b := results()
	fmt.Println("results:", a, b)
	fmt.Println("unnamed:", unnamed())
	println("recover rules done")
}
