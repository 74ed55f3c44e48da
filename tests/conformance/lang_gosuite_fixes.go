package main

import (
	"fmt"
	"runtime"
)

func main() {
	// range assigning to an index expression and its index variable at once: the
	// index is read before either is assigned.
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)
	m := map[string]int{"k": 5}
	var k string
	arr := [3]string{}
	j := 2
	for k, arr[j] = range map[string]string{"a": "b"} {
	}
	fmt.Println(k, arr, m["k"])

	// A tagless switch with an interface case compares it with true.
	for _, v := range []any{true, false, 1, "x", nil} {
		switch {
		case v:
			fmt.Println(v, "is true")
		default:
			fmt.Println(v, "is not true")
		}
	}
	switch b := any(true); {
	case false:
		fmt.Println("false")
	case b:
		fmt.Println("b")
	}

	// Typed complex constants as interface values.
	fmt.Println(any(complex64(1)), interface{}(complex128(2+3i)), any(complex(float32(1.5), 2)))
	fmt.Printf("%T %T\n", any(complex64(1)), any(1+2i))

	// Channels of different directions compare when one converts to the other.
	c := make(chan int)
	var r <-chan int = c
	var s chan<- int = c
	fmt.Println(c == r, r == c, s == c, c != s)
	var nilc chan int
	fmt.Println(nilc == nil, r == nilc)

	// runtime.GC lets a goroutine that calls it in a loop leave the others room.
	done := make(chan bool)
	stop := false
	go func() {
		for !stop {
			runtime.GC()
		}
		done <- true
	}()
	for n := 0; n < 3; n++ {
		runtime.Gosched()
	}
	stop = true
	<-done
	fmt.Println("gc loop stopped")
}
