package main

import "fmt"

type Animal interface{ Sound() string }

type Dog struct{ name string }
type Cat struct{ lives int }

func (d Dog) Sound() string  { return "woof" }
func (c *Cat) Sound() string { return "meow" }

func describe(a Animal) string {
	switch a := a.(type) {
	case Dog:
		return "dog " + a.name + " " + a.Sound()
	case *Cat:
		a.lives--
		return "cat " + a.Sound()
	case nil:
		return "nothing"
	}
	return "?"
}

func main() {
	c := &Cat{9}
	zoo := []Animal{Dog{"rex"}, c, nil, c}
	for _, a := range zoo {
		fmt.Println(describe(a))
	}
	fmt.Println(c.lives)
	var x any = zoo[0]
	switch y := x.(type) {
	case Animal:
		fmt.Println("animal", y.Sound())
	}
	x = c
	switch x.(type) {
	case Dog, *Cat:
		fmt.Println("dog or cat")
	}
	var dp *Dog
	x = dp
	switch v := x.(type) {
	case nil:
		fmt.Println("nil iface")
	case *Dog:
		fmt.Println("typed nil *Dog", v == nil)
	}
}
