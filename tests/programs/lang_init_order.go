package main

import (
	"fmt"
	"strings"
)

// Package-level variables are initialized in dependency order, not source order; then
// the init functions run in source order; then main.

var trace []string

func record(name string, v int) int {
	trace = append(trace, fmt.Sprintf("%s=%d", name, v))
	return v
}

var (
	total  = record("total", a+b+c) // depends on a, b, c: initialized after them
	a      = record("a", b*2)       // depends on b
	b      = record("b", 3)
	c      = record("c", len(table))
	table  = buildTable()
	x, y   = pair()
	greet  = strings.Repeat(prefix, 2) + "!"
	prefix = "hi"
	safe   = safeDiv(10, zero)
	zero   int
)

func buildTable() []string {
	trace = append(trace, "buildTable")
	return []string{"p", "q", "r", "s"}
}

func pair() (int, int) {
	trace = append(trace, "pair")
	return record("x", 1), record("y", 2)
}

func safeDiv(n, d int) (q int) {
	defer func() {
		if r := recover(); r != nil {
			trace = append(trace, fmt.Sprint("safeDiv recovered: ", r))
			q = -1
		}
	}()
	return n / d
}

var registry = map[string]func() string{}

func register(name string, f func() string) {
	if _, dup := registry[name]; dup {
		panic("duplicate registration: " + name)
	}
	registry[name] = f
}

func init() {
	trace = append(trace, "init#1")
	register("upper", func() string { return strings.ToUpper(greet) })
}

func init() {
	trace = append(trace, "init#2")
	defer func() {
		r := recover()
		trace = append(trace, fmt.Sprint("init#2 recovered: ", r))
	}()
	register("len", func() string { return fmt.Sprint(len(greet)) })
	register("upper", nil)
}

func init() {
	trace = append(trace, fmt.Sprintf("init#3 sees total=%d registry=%d", total, len(registry)))
	println("init#3 on stderr")
}

func main() {
	trace = append(trace, "main")
	for i, t := range trace {
		fmt.Printf("%2d %s\n", i, t)
	}
	fmt.Println(total, a, b, c, x, y, greet, safe, registry["upper"](), registry["len"]())
}
