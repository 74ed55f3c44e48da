package main

import "fmt"

const a int16 = 32767

func main() {
	fmt.Println(a + 1)
}
