package main

import (
	"fmt"
	"runtime"
)

type Token struct{ kind string }

func parse(v interface{}) (t Token) {
	defer func() {
		r := recover()
		if tae, ok := r.(*runtime.TypeAssertionError); ok {
			fmt.Println("parse: recovered:", tae.Error())
			fmt.Println("parse: re-panicking")
			panic(tae)
		}
	}()
	return v.(Token)
}

func main() {
	defer fmt.Println("main: deferred print runs")
	fmt.Println(parse(Token{"ident"}).kind)
	fmt.Println(parse("not a token").kind)
	fmt.Println("unreachable")
}
