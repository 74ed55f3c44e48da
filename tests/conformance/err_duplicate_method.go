package main

import "fmt"

type T struct{ n int }

func (t T) Get() int { return t.n }

func (t *T) Get() int { return t.n + 1 }

func main() {
	fmt.Println(T{1}.Get())
}
