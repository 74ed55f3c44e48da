package main

import (
	"errors"
	"fmt"
)

func sum(base int, xs ...int) int {
	for _, x := range xs {
		base += x
	}
	return base
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

type Logger struct{ prefix string }

func (l *Logger) Log(args ...any) {
	fmt.Println(append([]any{l.prefix}, args...)...)
}

func first(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

func main() {
	fmt.Println(sum(1), sum(1, 2, 3), sum(0, []int{4, 5}...))
	fmt.Println(join("-", "a", "b", "c"), join("+"), len(join(",", []string{"x"}...)))
	l := &Logger{"[log]"}
	l.Log("hello", 3, true)
	l.Log()
	fmt.Println(first(nil, errors.New("e2"), errors.New("e3")), first())
	f := sum
	fmt.Println(f(10, 20))
	var g func(...string) string = join2
	fmt.Println(g("x", "y"))
	a := []int{1, 2, 3}
	a = append(a, a...)
	a = append(a[:2], a[3:]...)
	fmt.Println(a, len(a), cap(a))
	defer func(xs ...int) { fmt.Println("deferred", xs, sum(0, xs...)) }(7, 8, 9)
	fmt.Println(len(a))
}

func join2(parts ...string) string { return join("/", parts...) }
