package main

import "fmt"

func main() {
	var u uint64 = 18446744073709551616
	fmt.Println(u)
}
