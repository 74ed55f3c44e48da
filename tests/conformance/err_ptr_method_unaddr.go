package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func main() {
	T{1}.Inc()
	fmt.Println("x")
}
