// Package errors is deferjit's implementation of Go's package errors: New (the runtime's
// *errors.errorString), Is, As, Unwrap and Join, walking wrapped errors as Go does (an error's own
// Is and As methods first, then Unwrap() error or Unwrap() []error, depth first).
package errors

// New returns an error whose text is text; each call gives a distinct error.
func New(text string) error

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// comparable reports whether x's dynamic type is comparable (so that == cannot panic).
func comparable(x any) bool

// targetState classifies As's target: 0 nil, 1 not a non-nil pointer, 2 a pointer to a
// type that is neither an interface nor implements error, 3 usable.
func targetState(target any) int

// assignTo stores err in *target and reports true when err's dynamic type is assignable
// to target's element type.
func assignTo(err error, target any) bool

// Unwrap returns the result of err's Unwrap() error method, or nil if it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target: is equal to it, or has an
// Is(error) bool method that says so.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	return is(err, target, comparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if is(err, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// As finds the first error in err's tree that is assignable to the value target points
// to, or whose As(any) bool method says so, and sets *target to it. It panics if target
// is not a non-nil pointer to an interface or to a type implementing error.
func As(err error, target any) bool {
	if err == nil {
		return false
	}
	switch targetState(target) {
	case 0:
		panic("errors: target cannot be nil")
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	return as(err, target)
}

func as(err error, target any) bool {
	for {
		if assignTo(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, err := range x.Unwrap() {
				if err == nil {
					continue
				}
				if as(err, target) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// Join returns an error that wraps the non-nil errs (nil if there are none); its text
// is theirs joined by newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	if len(e.errs) == 1 {
		return e.errs[0].Error()
	}
	b := []byte(e.errs[0].Error())
	for _, err := range e.errs[1:] {
		b = append(b, '\n')
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error {
	return e.errs
}
