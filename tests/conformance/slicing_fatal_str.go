package main

import "fmt"

func main() {
	defer func() {
		fmt.Println("deferred runs")
	}()
	s := "gopher"
	n := 10
	fmt.Println(s[2:n])
}
