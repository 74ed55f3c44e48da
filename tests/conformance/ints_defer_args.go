package main

import "fmt"

func show(tag string, a int8, b uint16, c uint64) {
	fmt.Println(tag, a, b, c)
}

func run() (r uint8) {
	var a int8 = 127
	var b uint16 = 65535
	var c uint64 = 0
	defer show("first", a, b, c)
	a++
	b++
	c--
	defer show("second", a, b, c)
	defer func() {
		r += 10
		fmt.Println("closure", a, b, c, r)
	}()
	a *= 2
	return 250
}

func main() {
	fmt.Println(run())
	for i := int8(125); i > 0; i++ {
		defer fmt.Println("loop", i)
	}
}
