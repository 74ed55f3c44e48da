package main

import "fmt"

type P struct{ X, Y int }

func main() {
	m := map[P]int{{1, 2}: 1, {1, 2}: 2}
	fmt.Println(m)
}
