package main

import (
	"fmt"
	"math/rand"
)

func pick(r *rand.Rand, items []string) string {
	return items[r.Intn(len(items))]
}

func main() {
	r := rand.New(rand.NewSource(7))
	fmt.Println(pick(r, []string{"x", "y", "z"}))
	defer fmt.Println("deferred runs before the crash")
	fmt.Println(pick(r, nil))
}
