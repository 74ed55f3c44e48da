package main

import "fmt"

func counter() (func() uint8, func() int16) {
	var u uint8 = 253
	var s int16 = 32766
	return func() uint8 {
			u++
			return u
		}, func() int16 {
			s++
			return s
		}
}

func main() {
	inc, inc16 := counter()
	for i := 0; i < 5; i++ {
		fmt.Println(inc(), inc16())
	}
	var acc int32 = 2147483600
	add := func(n int32) { acc += n }
	for i := 0; i < 4; i++ {
		add(20)
	}
	fmt.Println(acc)
	fs := []func() byte{}
	for i := byte(250); i != 2; i++ {
		j := i
		fs = append(fs, func() byte { return j * 2 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
