package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	var i uint8 = 2
	fmt.Println(s[i])
	var j int8 = 1
	fmt.Println(s[j])
	var k uint64 = 0
	s[k] = 5
	fmt.Println(s)
	defer func() {
		fmt.Println("rec", recover())
		var n int8 = -1
		fmt.Println(s[n])
	}()
	var big uint8 = 200
	fmt.Println(s[big])
}
