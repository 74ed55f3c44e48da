package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Code int }

func (e MyErr) Error() string { return "myerr" }

var ErrA = errors.New("a")
var ErrB = errors.New("a")

func main() {
	m := map[error]int{}
	m[ErrA] = 1
	m[ErrB] = 2
	m[MyErr{1}] = 3
	m[MyErr{1}] += 10
	m[MyErr{2}] = 4
	m[nil] = 5
	fmt.Println(len(m), m[ErrA], m[ErrB], m[MyErr{1}], m[nil], m[errors.New("a")])
	var e error = MyErr{2}
	v, ok := m[e]
	fmt.Println(v, ok)
	delete(m, MyErr{1})
	delete(m, nil)
	fmt.Println(len(m))
	pm := map[*int]string{}
	a, b := 1, 1
	pm[&a] = "a"
	pm[&b] = "b"
	pm[nil] = "nil"
	p := &a
	fmt.Println(len(pm), pm[p], pm[&b], pm[nil])
	bm := map[bool]int{true: 1, false: 0}
	bm[1 > 2]++
	fmt.Println(bm)
}
