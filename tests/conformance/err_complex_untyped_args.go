package main

import "fmt"

func main() {
	fmt.Println(complex(1, 2i))
}
