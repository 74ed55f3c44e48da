package main

import "fmt"

type Code int16

func stage(n int8) (out int8) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("stage", n, "recovered", r)
			out = n - 1
		}
	}()
	var zero int8
	switch n % 3 {
	case 0:
		return n / zero
	case 1:
		panic(Code(n) * 300)
	}
	var cnt int8 = -n
	return n << cnt
}

func main() {
	var n int8 = 125
	for i := 0; i < 8; i++ {
		fmt.Println("result", stage(n))
		n++
	}
	defer func() {
		r := recover()
		fmt.Println("main", r)
		var e error
		e, _ = r.(error)
		fmt.Println(e)
	}()
	var u uint32 = 1
	var k int32 = -1
	fmt.Println(u << k)
}
