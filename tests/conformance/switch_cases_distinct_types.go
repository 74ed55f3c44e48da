package main

import "fmt"

type Celsius int

func classify(x any) string {
	switch x {
	case 1:
		return "int 1"
	case int8(1):
		return "int8 1"
	case 1.0:
		return "float64 1"
	case Celsius(1):
		return "Celsius 1"
	case "1":
		return "string 1"
	}
	return "other"
}

func main() {
	fmt.Println(classify(1), classify(int8(1)), classify(1.0), classify(Celsius(1)), classify("1"), classify(uint(1)))
	b := true
	switch b {
	case true:
		fmt.Println("first true")
	case true:
		fmt.Println("second true")
	}
	switch {
	case b:
		fmt.Println("b")
	case b:
		fmt.Println("b again")
	}
}
