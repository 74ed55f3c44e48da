package main

import (
	"errors"
	"fmt"
)

var ErrMissing = errors.New("missing key")

type Store map[string]string

func (s Store) MustGet(k string) string {
	v, ok := s[k]
	if !ok {
		panic(ErrMissing)
	}
	return v
}

func safeGet(s Store, k string) (v string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	return s.MustGet(k), nil
}

func main() {
	s := Store{"a": "A"}
	fmt.Println(safeGet(s, "a"))
	v, err := safeGet(s, "b")
	fmt.Println(v == "", err, err == ErrMissing)
	var ns Store
	v, err = safeGet(ns, "a")
	fmt.Println(v, err)
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		ns["x"] = "boom"
	}()
	s.MustGet("zzz")
}
