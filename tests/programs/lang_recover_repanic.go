package main

import (
	"errors"
	"fmt"
)

// Recover and re-panic chains: first ones that end recovered, then one that is fatal and
// makes the runtime print the whole chain.

func wrapPanics(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("%s: %v", name, r)) // re-panic with context
		}
	}()
	f()
}

func catch(f func()) (v any) {
	defer func() { v = recover() }()
	f()
	return nil
}

// replaced: a deferred call panics while the first panic is unwinding; recover sees only
// the newest value.
func replaced() {
	defer func() {
		panic("second")
	}()
	panic("first")
}

// innerRecovered: while "outer" unwinds, a deferred call panics and recovers its own
// panic; the outer panic continues and is recovered by the caller.
func innerRecovered() {
	defer func() {
		func() {
			defer func() {
				fmt.Println("  inner recover:", recover())
			}()
			panic("inner")
		}()
		fmt.Println("  outer still panicking")
	}()
	panic("outer")
}

var errBase = errors.New("base failure")

func main() {
	fmt.Println("1:", catch(func() {
		wrapPanics("outer", func() {
			wrapPanics("middle", func() {
				wrapPanics("inner", func() { panic(errBase) })
			})
		})
	}))
	fmt.Println("2:", catch(replaced))
	fmt.Println("3:", catch(innerRecovered))
	fmt.Println("4:", catch(func() {
		defer func() {
			r := recover()
			fmt.Println("  got", r, "- recover again:", recover())
			panic(fmt.Sprint("again after ", r))
		}()
		panic(1)
	}))
	var count int
	r5 := catch(func() {
		for i := 0; i < 3; i++ {
			func() {
				defer func() {
					if r := recover(); r != nil {
						count++
					}
				}()
				panic(i)
			}()
		}
	})
	fmt.Println("5:", r5, "count", count)
	println("now the fatal chain")

	defer fmt.Println("main deferred print runs last before the report")
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(fmt.Errorf("main gives up: %v", r))
	}()
	wrapPanics("job", func() {
		defer func() {
			panic("cleanup failed too")
		}()
		panic(errBase)
	})
}
