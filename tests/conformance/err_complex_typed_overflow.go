package main

import "fmt"

func main() {
	const c complex64 = 1e38
	fmt.Println(c * c)
}
