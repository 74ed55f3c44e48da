package main

import "fmt"

func main() {
	fmt.Println(complex(1e308, 1e308) * 10)
}
