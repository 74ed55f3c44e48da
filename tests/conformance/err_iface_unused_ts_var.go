package main

import "fmt"

func main() {
	var x any = 1
	switch v := x.(type) {
	case int:
		fmt.Println("int")
	}
}
