// Package fmt holds the part of Go's package fmt that deferjit writes in Go: the errors
// that fmt.Errorf makes when its format wraps errors with %w, and the functions that the
// checker calls for the Fprint family and for operand lists spread from a []any. The
// rest of fmt (printing and formatting by type descriptor) is built into the checker and
// the runtime, which checks each format as it does Sprintf's. The scanning functions
// (Scan, Sscanf, Fscanln, ...) are in lib/internal/fmtscan, loaded only for programs
// that scan (they need io, os, strconv and math, which printing does not).
package fmt


// writer is io.Writer (an identical interface type, without importing io).
type writer interface {
	Write(p []byte) (n int, err error)
}

// sprintv is Sprint (Sprintln when ln) of the operands a.
func sprintv(a []any, ln bool) string

// sprintfv is Sprintf of the operands a (%w is a bad verb).
func sprintfv(format string, a []any) string

// writeStdout writes s to the standard output.
func writeStdout(s string)

// newError is errors.New.
func newError(s string) error

// fprintv is Fprint, or Fprintln when ln.
func fprintv(w writer, a []any, ln bool) (n int, err error) {
	return w.Write([]byte(sprintv(a, ln)))
}

// fprintfv is Fprintf.
func fprintfv(w writer, format string, a []any) (n int, err error) {
	return w.Write([]byte(sprintfv(format, a)))
}

// printfv is Printf.
func printfv(format string, a []any) (n int, err error) {
	s := sprintfv(format, a)
	writeStdout(s)
	return len(s), nil
}

// errorfd is Errorf for a format known only at run time: it finds the %w verbs.
func errorfd(format string, a []any) error {
	var wrapped []int
	arg := 0
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		for i < len(format) && (format[i] == '+' || format[i] == '-' || format[i] == ' ' || format[i] == '0' || format[i] == '#') {
			i++
		}
		if i < len(format) && format[i] == '*' {
			arg++
			i++
		}
		for i < len(format) && '0' <= format[i] && format[i] <= '9' {
			i++
		}
		if i+1 < len(format) && format[i] == '.' {
			i++
			if format[i] == '*' {
				arg++
				i++
			}
			for i < len(format) && '0' <= format[i] && format[i] <= '9' {
				i++
			}
		}
		if i >= len(format) {
			break
		}
		switch format[i] {
		case '%':
			continue
		case 'w':
			if arg < len(a) {
				wrapped = append(wrapped, arg)
			}
		}
		arg++
	}
	if len(wrapped) == 0 {
		return errorfv(format, a)
	}
	return errorfw(format, a, wrapped)
}

// errorfv is Errorf for a format without %w.
func errorfv(format string, a []any) error {
	return newError(sprintfv(format, a))
}

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

// Append formats the operands as Sprint does and appends the text to b.
func Append(b []byte, a ...any) []byte {
	return append(b, sprintv(a, false)...)
}

// Appendln formats the operands as Sprintln does and appends the text to b.
func Appendln(b []byte, a ...any) []byte {
	return append(b, sprintv(a, true)...)
}

// Appendf formats the operands as Sprintf does and appends the text to b.
func Appendf(b []byte, format string, a ...any) []byte {
	return append(b, sprintfv(format, a)...)
}

// State is what a Formatter's Format method is given: the directive's flags, width and
// precision, and a writer for the operand's text.
type State interface {
	// Write appends b to the text being formatted.
	Write(b []byte) (n int, err error)
	// Width returns the directive's width and whether it has one.
	Width() (wid int, ok bool)
	// Precision returns the directive's precision and whether it has one.
	Precision() (prec int, ok bool)
	// Flag reports whether the directive has the flag c: '-', '+', '#', ' ' or '0'.
	Flag(c int) bool
}

// Formatter is implemented by a type that formats its own values: fmt calls Format for
// every verb but %T and %p, in place of its own formatting.
type Formatter interface {
	Format(f State, verb rune)
}

// GoStringer is implemented by a type whose %#v is the result of its GoString method.
type GoStringer interface {
	GoString() string
}

// The flags of a directive, as the runtime passes them to callFormat.
const (
	flagMinus = 1 << iota
	flagPlus
	flagSharp
	flagSpace
	flagZero
)

// formatCall is what the runtime's printer hands to callFormat for an operand whose type
// has a Format method (laid out as runtime/src/printf.rs's FormatCall: six words).
type formatCall struct {
	f     Formatter
	out   uintptr // the runtime's output buffer, valid during the call only
	wid   int     // -1: none
	prec  int     // -1: none
	flags int
	verb  int
}

// formatState is the State of one Format call. Its out handle is checked by the runtime
// at every write: a State kept past its Format call writes nowhere.
type formatState struct {
	out       uintptr
	wid, prec int
	flags     int
}

// writeOut appends s to the runtime's output buffer out, if that buffer is still being
// formatted into.
func writeOut(out uintptr, s string)

// callFormat runs c.f.Format; the runtime calls it (the result is always empty).
func callFormat(c *formatCall) string {
	s := &formatState{out: c.out, wid: c.wid, prec: c.prec, flags: c.flags}
	c.f.Format(s, rune(c.verb))
	return ""
}

func (s *formatState) Write(b []byte) (n int, err error) {
	writeOut(s.out, string(b))
	return len(b), nil
}

func (s *formatState) WriteString(str string) (n int, err error) {
	writeOut(s.out, str)
	return len(str), nil
}

func (s *formatState) Width() (wid int, ok bool) {
	if s.wid < 0 {
		return 0, false
	}
	return s.wid, true
}

func (s *formatState) Precision() (prec int, ok bool) {
	if s.prec < 0 {
		return 0, false
	}
	return s.prec, true
}

func (s *formatState) Flag(c int) bool {
	switch c {
	case '-':
		return s.flags&flagMinus != 0
	case '+':
		return s.flags&flagPlus != 0
	case '#':
		return s.flags&flagSharp != 0
	case ' ':
		return s.flags&flagSpace != 0
	case '0':
		return s.flags&flagZero != 0
	}
	return false
}

// FormatString returns the directive that state and verb stand for (such as "%-8.3x"),
// for a Format method that hands its value back to Sprintf.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = appendDecimal(b, w)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = appendDecimal(b, p)
	}
	return string(b) + string(verb)
}

// appendDecimal appends n in decimal.
func appendDecimal(b []byte, n int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	return append(b, digits[i:]...)
}
