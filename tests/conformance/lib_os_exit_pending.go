package main

import (
	"fmt"
	"os"
	"strings"
)

var log []string

func record(s string) {
	log = append(log, s)
	fmt.Println("record:", s)
}

func level3(code int) {
	defer record("level3 defer (never runs)")
	fmt.Println("level3: exiting with", code)
	fmt.Fprint(os.Stderr, "error: ", strings.Join(log, ", "), "\n")
	os.Exit(code)
}

func level2() {
	for i := 0; i < 3; i++ {
		defer record(fmt.Sprint("level2 loop defer ", i))
	}
	func() {
		defer record("level2 closure defer runs")
	}()
	level3(len(log) + 2)
}

func level1() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("never recovers anything:", r)
		}
	}()
	level2()
}

func main() {
	defer fmt.Println("main defer (never printed)")
	record("start")
	level1()
}
