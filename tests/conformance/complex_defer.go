package main

import "fmt"

func scaled(c complex128) (r complex128) {
	defer func() {
		r *= 2i
	}()
	return c + 1
}

func loopDefers(n int) (sum complex64) {
	for i := 0; i < n; i++ {
		defer func(k int) {
			sum += complex(float32(k), 1)
		}(i)
	}
	return 0
}

func deferredArgs() {
	c := 1 + 1i
	defer fmt.Println("deferred value:", c, real(c))
	defer println(c, complex64(c))
	c = 5
	fmt.Println("now:", c)
}

func divide(a, b complex128) (q complex128, err any) {
	defer func() {
		if r := recover(); r != nil {
			err = r
		}
	}()
	if b == 0 {
		panic(a)
	}
	return a / b, nil
}

func nested() (out complex128) {
	defer func() {
		r := recover()
		out = r.(complex128) * 10
	}()
	func() {
		defer func() {
			r := recover()
			panic(r.(complex128) + 1i)
		}()
		panic(complex(1, 0))
	}()
	return 0
}

func many() (s complex128) {
	defer func() { s += 1 }()
	defer func() { s *= 2i }()
	defer func() { s -= 3 }()
	s = 1i
	return s
}

func main() {
	fmt.Println(scaled(1i))
	fmt.Println(loopDefers(4))
	deferredArgs()
	fmt.Println(divide(1+2i, 3+4i))
	fmt.Println(divide(1+2i, 0))
	fmt.Println(nested())
	fmt.Println(many())
	var c complex64 = 2 + 3i
	defer func() {
		fmt.Println("main deferred", c)
	}()
	c *= c
}
