package main

import "fmt"

func main() {
	var ok float32 = 3.4e38
	var f float32 = 1e40
	fmt.Println(ok, f)
}
