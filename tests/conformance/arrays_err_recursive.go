package main

import "fmt"

type Ring [2]Ring

func main() {
	var r Ring
	fmt.Println(len(r))
}
