package main

import (
	"fmt"
	"os"
)

func main() {
	var code uint8 = 255
	code += 4
	defer fmt.Println("never")
	fmt.Println("exiting", code)
	os.Exit(int(code))
}
