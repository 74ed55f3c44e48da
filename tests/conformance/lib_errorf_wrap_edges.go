package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.code) }

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("wrap: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	e2 := fmt.Errorf("two: %w and %w", base, &MyErr{3})
	fmt.Println(e2, errors.Unwrap(e2) == nil, errors.Is(e2, base))
	var me *MyErr
	fmt.Println(errors.As(e2, &me), me.code)
	e3 := fmt.Errorf("not error: %w", 5)
	fmt.Println(e3, errors.Unwrap(e3))
	e4 := fmt.Errorf("nil: %w", nil)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	e5 := fmt.Errorf("missing: %w")
	fmt.Println(e5)
	fmt.Printf("%T %T %T %T\n", e1, e2, e3, e5)
	e6 := fmt.Errorf("%d%% %w", 50, e1)
	fmt.Println(e6, errors.Is(e6, base), errors.Unwrap(errors.Unwrap(e6)) == base)
	var target interface{ Unwrap() error }
	fmt.Println(errors.As(e6, &target))
	j := errors.Join(e1, nil, e2)
	fmt.Println(j, errors.Is(j, base))
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(e1, nil)
}
