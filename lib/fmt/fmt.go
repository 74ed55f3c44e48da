// Package fmt holds the part of Go's package fmt that deferjit writes in Go: the errors
// that fmt.Errorf makes when its format wraps errors with %w. The rest of fmt (printing
// and formatting by type descriptor) is built into the checker and the runtime.
package fmt

// sprintfw formats as Errorf does: %w prints an error operand as %v would.
func sprintfw(format string, a []any) string

// errorfw is fmt.Errorf for a format with %w verbs; wrapped holds the indexes (in a) of
// their operands, in order.
func errorfw(format string, a []any, wrapped []int) error {
	s := sprintfw(format, a)
	if len(wrapped) == 1 {
		w := &wrapError{msg: s}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for _, i := range wrapped {
		if e, ok := a[i].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{s, errs}
}

type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }
