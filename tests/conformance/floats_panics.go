package main

import (
	"errors"
	"fmt"
)

type T float64

type F32 float32

func safeDiv(a, b float64) (q float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			q = -1
			err = errors.New("div failed")
		}
	}()
	if b == 0 {
		panic(a)
	}
	return a / b, nil
}

func scaled(x float64) (r float64) {
	defer func() { r *= 10 }()
	defer func() { r += 0.5 }()
	r = x
	return r * 2
}

func deferArgs() {
	x := 1.25
	var y float32 = 0.1
	defer fmt.Println("deferred args:", x, y, x*2)
	defer println("println args:", x, y)
	defer func(v float64) { fmt.Println("closure param", v, "captured", x) }(x)
	x = 99.5
	y = 7
	fmt.Println("set", x, y)
}

func catch(f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case float64:
			fmt.Println("float64", v, v+1)
		case float32:
			fmt.Println("float32", v, float64(v))
		case T:
			fmt.Println("T", v, v == 2.5)
		case F32:
			fmt.Println("F32", v)
		default:
			fmt.Println("other", v)
		}
	}()
	f()
}

func main() {
	fmt.Println(safeDiv(3, 2))
	fmt.Println(safeDiv(0.1, 0))
	fmt.Println(scaled(1.5), scaled(-0.25))
	deferArgs()
	zero := 0.0
	catch(func() { panic(1.0 / 3) })
	catch(func() { panic(float32(0.1)) })
	catch(func() { panic(T(2.5)) })
	catch(func() { panic(F32(-zero)) })
	catch(func() { panic(zero / zero) })
	catch(func() { panic(-1 / zero) })
	catch(func() { panic(1e21) })
	catch(func() {
		defer func() { panic(T(recover().(float64) * 2)) }()
		panic(1.25)
	})
	var acc float64
	for i := 0; i < 3; i++ {
		defer func(k float64) { acc += k; fmt.Println("loop defer", k, acc) }(float64(i) / 2)
	}
	acc = 10
}
