package main

import "fmt"

func main() {
	s := []byte{1, 2, 3}
	var k uint64 = 18446744073709551615
	defer func() {
		fmt.Println("rec", recover())
		var n int16 = -300
		s[n] = 1
	}()
	fmt.Println(s[k])
}
