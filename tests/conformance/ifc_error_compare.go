package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) Error() string {
	if c == 1 {
		return "one"
	}
	return "other"
}

type PErr struct{ s string }

func (p *PErr) Error() string { return p.s }

var (
	ErrA = errors.New("a")
	ErrA2 = errors.New("a")
	ErrP = &PErr{"p"}
)

func get(i int) error {
	switch i {
	case 0:
		return ErrA
	case 1:
		return ErrA2
	case 2:
		return Code(1)
	case 3:
		return Code(2)
	case 4:
		return ErrP
	case 5:
		return &PErr{"p"}
	}
	return nil
}

func main() {
	for i := 0; i < 7; i++ {
		e := get(i)
		fmt.Println(i, e == ErrA, e == Code(1), e == ErrP, e == nil, e)
	}
	var c error = Code(1)
	var d error = Code(1)
	fmt.Println(c == d, c != d)
	switch get(3) {
	case Code(1):
		fmt.Println("case one")
	case Code(2):
		fmt.Println("case two")
	}
	switch e := get(4); e {
	case ErrA, nil:
		fmt.Println("a or nil")
	case ErrP:
		fmt.Println("is ErrP", e)
	}
}
