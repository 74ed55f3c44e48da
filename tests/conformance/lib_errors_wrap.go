package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")
var ErrOther = errors.New("other failure")

type CodeError struct{ Code int }

func (c *CodeError) Error() string { return fmt.Sprintf("code %d", c.Code) }

// Is matches any CodeError with the same code, or the base error for code 500.
func (c *CodeError) Is(target error) bool {
	if t, ok := target.(*CodeError); ok {
		return t.Code == c.Code
	}
	return c.Code == 500 && target == ErrBase
}

type wrapper struct {
	msg   string
	inner error
}

func (w wrapper) Error() string { return w.msg + ": " + w.inner.Error() }
func (w wrapper) Unwrap() error { return w.inner }

func main() {
	w1 := fmt.Errorf("layer1: %w", ErrBase)
	w2 := fmt.Errorf("layer2: %w", w1)
	w3 := wrapper{"layer3", w2}
	fmt.Println(w1)
	fmt.Println(w2)
	fmt.Println(w3)
	fmt.Println("Is base:", errors.Is(w1, ErrBase), errors.Is(w2, ErrBase), errors.Is(w3, ErrBase), errors.Is(w3, ErrOther))
	fmt.Println("Unwrap chain:")
	for e := error(w3); e != nil; e = errors.Unwrap(e) {
		fmt.Println("  ", e)
	}

	nw := fmt.Errorf("no wrap: %v", ErrBase)
	fmt.Println(nw, errors.Is(nw, ErrBase), errors.Unwrap(nw) == nil)

	c := &CodeError{404}
	wc := fmt.Errorf("request: %w", c)
	fmt.Println(wc)
	fmt.Println("Is code 404:", errors.Is(wc, &CodeError{404}), "Is code 500:", errors.Is(wc, &CodeError{500}), "Is base:", errors.Is(wc, ErrBase))
	c500 := fmt.Errorf("server: %w", &CodeError{500})
	fmt.Println("500 Is base:", errors.Is(c500, ErrBase))
	var ce *CodeError
	fmt.Println("As:", errors.As(c500, &ce), ce.Code)

	multi := fmt.Errorf("both: %w and %w", ErrBase, c)
	fmt.Println(multi)
	fmt.Println("multi Is:", errors.Is(multi, ErrBase), errors.Is(multi, &CodeError{404}), errors.Is(multi, ErrOther))
	fmt.Println("multi Unwrap nil:", errors.Unwrap(multi) == nil)
	if u, ok := multi.(interface{ Unwrap() []error }); ok {
		list := u.Unwrap()
		fmt.Println("multi list len", len(list))
		for _, e := range list {
			fmt.Println("  item:", e)
		}
	}
	var ce2 *CodeError
	fmt.Println("multi As:", errors.As(multi, &ce2), ce2)

	nested := fmt.Errorf("outer: %w", fmt.Errorf("mid %d: %w, %w", 7, ErrOther, wrapper{"w", ErrBase}))
	fmt.Println(nested)
	fmt.Println("nested Is:", errors.Is(nested, ErrBase), errors.Is(nested, ErrOther))
	var wr wrapper
	fmt.Println("nested As wrapper:", errors.As(nested, &wr), wr.msg)

	fmt.Println(fmt.Errorf("nil wrap: %w", nil))
	fmt.Println(fmt.Errorf("plain %d", 42), errors.Unwrap(fmt.Errorf("plain")) == nil)
	fmt.Println(errors.Is(fmt.Errorf("x: %w", nil), nil))
}
