package main

import "fmt"

type E struct{}

func (E) Error() int { return 1 }

func main() {
	var err error = E{}
	fmt.Println(err)
}
