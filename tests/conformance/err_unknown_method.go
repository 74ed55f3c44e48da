package main

import "fmt"

type Counter int

func (c Counter) Get() int { return int(c) }

func main() {
	var c Counter = 3
	fmt.Println(c.Get())
	c.Reset()
}
