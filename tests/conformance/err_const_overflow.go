package main

import "fmt"

func main() {
	fmt.Println(3037000500 * 3037000500)
}
