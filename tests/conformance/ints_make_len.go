package main

import "fmt"

func main() {
	var n uint8 = 255
	b := make([]byte, n)
	fmt.Println(len(b), b[254])
	var m int8 = 3
	c := make([]uint16, m, n)
	fmt.Println(len(c), cap(c), c)
	defer func() {
		fmt.Println("rec", recover())
	}()
	var neg int8 = -1
	d := make([]int32, neg)
	fmt.Println(d)
}
