package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("error A")
var ErrB = errors.New("error B")
var ErrC = errors.New("error C")

type multi struct{ errs []error }

func (m multi) Error() string {
	s := "multi["
	for i, e := range m.errs {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s + "]"
}

func (m multi) Unwrap() []error { return m.errs }

type KindError struct{ Kind string }

func (k KindError) Error() string { return "kind " + k.Kind }

func main() {
	j := errors.Join(ErrA, ErrB)
	fmt.Println(j)
	fmt.Println("---")
	fmt.Println(j.Error())
	fmt.Println("Is A", errors.Is(j, ErrA), "Is B", errors.Is(j, ErrB), "Is C", errors.Is(j, ErrC))
	fmt.Println("Unwrap single nil:", errors.Unwrap(j) == nil)

	fmt.Println("Join nils:", errors.Join() == nil, errors.Join(nil) == nil, errors.Join(nil, nil) == nil)
	j1 := errors.Join(nil, ErrC, nil)
	fmt.Println("Join one:", j1, errors.Is(j1, ErrC), j1 == ErrC)
	if u, ok := j1.(interface{ Unwrap() []error }); ok {
		fmt.Println("unwrapped len", len(u.Unwrap()))
	}

	nested := errors.Join(j, fmt.Errorf("ctx: %w", ErrC))
	fmt.Println(nested)
	fmt.Println("nested Is C", errors.Is(nested, ErrC))

	m := multi{[]error{ErrA, KindError{"io"}, fmt.Errorf("wrapped: %w", ErrB)}}
	fmt.Println(m)
	fmt.Println("multi Is A", errors.Is(m, ErrA), "Is B", errors.Is(m, ErrB), "Is C", errors.Is(m, ErrC))
	var ke KindError
	fmt.Println("multi As KindError", errors.As(m, &ke), ke.Kind)

	jk := errors.Join(ErrA, KindError{"net"})
	var ke2 KindError
	fmt.Println("join As", errors.As(jk, &ke2), ke2.Kind)

	wrapped := fmt.Errorf("top: %w", errors.Join(ErrA, ErrB))
	fmt.Println(wrapped)
	fmt.Println("wrapped join Is B", errors.Is(wrapped, ErrB))

	e3 := errors.Join(errors.New("line1\nline2"), ErrA)
	fmt.Println(e3)
	fmt.Println(len(e3.Error()))

	var errs []error
	for i := 0; i < 4; i++ {
		if i%2 == 1 {
			errs = append(errs, fmt.Errorf("step %d failed", i))
		} else {
			errs = append(errs, nil)
		}
	}
	all := errors.Join(errs...)
	fmt.Println(all)
	empty := errors.Join(make([]error, 3)...)
	fmt.Println("all-nil join is nil:", empty == nil)
}
