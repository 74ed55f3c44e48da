package main

import "fmt"

type Status int

const (
	Ok Status = iota
	Warn
	Fail
)

func check(s Status) {
	defer fmt.Println("check deferred:", s)
	if s >= Fail {
		panic(s + 2)
	}
}

func main() {
	check(Ok)
	check(Warn)
	fmt.Println("now failing")
	check(Fail)
}
