package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() {
		v := recover()
		fmt.Printf("%s: %T %v\n", name, v, v)
	}()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn(0)", func() { r.Intn(0) })
	try("Intn(-1)", func() { r.Intn(-1) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Int63n(-5)", func() { r.Int63n(-5) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("Int31n(-5)", func() { r.Int31n(-5) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Shuffle(0)", func() { r.Shuffle(0, func(i, j int) { panic("never") }) })
	try("Perm(-1)", func() { r.Perm(-1) })
	try("Intn(1)", func() { fmt.Println(r.Intn(1), r.Int63n(1), r.Int31n(1)) })
	try("top Intn(0)", func() { rand.Intn(0) })
	try("top Int63n(-1)", func() { rand.Int63n(-1) })
	try("top Int31n(0)", func() { rand.Int31n(0) })
	try("top Shuffle(-3)", func() { rand.Shuffle(-3, nil) })
	var z *rand.Zipf
	try("nil Zipf", func() { z.Uint64() })
	try("swap panics", func() {
		r.Shuffle(5, func(i, j int) {
			if i == 2 {
				panic(fmt.Sprintf("swap %d %d", i, j))
			}
		})
	})
	try("nil source", func() { rand.New(nil).Int63() })
	// The stream goes on after a recovered panic.
	fmt.Println("after:", r.Int63(), r.Intn(10))
	rand.Seed(3)
	fmt.Println("then unrecovered:")
	rand.Int31n(-7)
	fmt.Println("not reached")
}
