package main

import "fmt"

func main() {
	var s uint = 3
	var ok int = 1.0 << s
	var v1 float32 = 1 << s
	fmt.Println(ok, v1)
}
