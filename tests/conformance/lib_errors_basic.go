package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")
var ErrDenied = errors.New("permission denied")

type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }
func (e *PathError) Unwrap() error { return e.Err }

type Temporary interface {
	Temporary() bool
}

type timeoutErr struct{ ms int }

func (t timeoutErr) Error() string   { return fmt.Sprintf("timeout after %dms", t.ms) }
func (t timeoutErr) Temporary() bool { return t.ms < 1000 }

func find(name string) error {
	switch name {
	case "missing":
		return &PathError{Op: "open", Path: name, Err: ErrNotFound}
	case "secret":
		return &PathError{Op: "read", Path: name, Err: ErrDenied}
	case "slow":
		return &PathError{Op: "stat", Path: name, Err: timeoutErr{500}}
	case "veryslow":
		return timeoutErr{5000}
	}
	return nil
}

func main() {
	e1 := errors.New("boom")
	e2 := errors.New("boom")
	fmt.Println(e1, e1.Error(), e1 == e2, e1 == e1)
	fmt.Println("Is same", errors.Is(e1, e1), "Is equal text", errors.Is(e1, e2))
	fmt.Println("Is nil nil", errors.Is(nil, nil), "Is err nil", errors.Is(e1, nil), "Is nil err", errors.Is(nil, e1))
	fmt.Println("Unwrap plain", errors.Unwrap(e1) == nil, errors.Unwrap(nil) == nil)

	for _, name := range []string{"ok", "missing", "secret", "slow", "veryslow"} {
		err := find(name)
		fmt.Println("find", name, "->", err)
		if err == nil {
			continue
		}
		fmt.Println("  Is NotFound:", errors.Is(err, ErrNotFound), "Is Denied:", errors.Is(err, ErrDenied))
		var pe *PathError
		if errors.As(err, &pe) {
			fmt.Println("  As PathError: op", pe.Op, "path", pe.Path, "inner", pe.Err)
		} else {
			fmt.Println("  not a PathError", pe == nil)
		}
		var tmp Temporary
		if errors.As(err, &tmp) {
			fmt.Println("  As Temporary:", tmp.Temporary())
		}
		var te timeoutErr
		if errors.As(err, &te) {
			fmt.Println("  As timeoutErr:", te.ms)
		}
		u := errors.Unwrap(err)
		fmt.Println("  Unwrap:", u)
	}

	var target *PathError
	fmt.Println("As nil err", errors.As(nil, &target), target == nil)

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	errors.As(e1, nil)
	fmt.Println("not reached")
}
