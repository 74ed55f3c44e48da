// Package log is deferjit's implementation of Go's package log: Loggers that write one
// line per message (prefix, optional date, time and caller, then the message) with a
// single Write, the standard Logger on os.Stderr, and the Fatal (exit status 1) and Panic
// functions. A run has one goroutine, so a Logger needs no lock.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"time"
)

// The flags that choose what precedes each message. Lshortfile overrides Llongfile;
// Lmicroseconds implies the time.
const (
	Ldate         = 1 << iota     // the date in the local time zone: 2009/01/23
	Ltime                         // the time in the local time zone: 01:23:23
	Lmicroseconds                 // microsecond resolution: 01:23:23.123123
	Llongfile                     // full file name and line number: /a/b/c/d.go:23
	Lshortfile                    // final file name element and line number: d.go:23
	LUTC                          // with Ldate or Ltime, use UTC rather than local time
	Lmsgprefix                    // put the prefix before the message, not the line
	LstdFlags     = Ldate | Ltime // the standard logger's initial flags
)

// A Logger writes lines of output to an io.Writer, each in one Write call.
type Logger struct {
	out       io.Writer
	prefix    string
	flag      int
	isDiscard bool // out is io.Discard: nothing is formatted
}

// New returns a Logger that writes to out, starting each line with prefix (after the
// header with Lmsgprefix), with the header chosen by flag.
func New(out io.Writer, prefix string, flag int) *Logger {
	l := &Logger{}
	l.SetOutput(out)
	l.SetPrefix(prefix)
	l.SetFlags(flag)
	return l
}

var std = New(os.Stderr, "", LstdFlags)

// Default returns the standard Logger, which the package-level functions use.
func Default() *Logger { return std }

// SetOutput sets the Logger's destination.
func (l *Logger) SetOutput(w io.Writer) {
	l.out = w
	l.isDiscard = w == io.Discard
}

// Writer returns the Logger's destination.
func (l *Logger) Writer() io.Writer { return l.out }

// Flags returns the Logger's flags.
func (l *Logger) Flags() int { return l.flag }

// SetFlags sets the Logger's flags.
func (l *Logger) SetFlags(flag int) { l.flag = int(int32(flag)) }

// Prefix returns the Logger's prefix.
func (l *Logger) Prefix() string { return l.prefix }

// SetPrefix sets the Logger's prefix.
func (l *Logger) SetPrefix(prefix string) { l.prefix = prefix }

// appendNum appends the decimal digits of n (not negative), zero-padded to width.
func appendNum(b []byte, n int, width int) []byte {
	var buf [20]byte
	i := len(buf)
	for n >= 10 || width > 1 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
		width--
	}
	i--
	buf[i] = byte('0' + n)
	return append(b, buf[i:]...)
}

// header appends the prefix (unless Lmsgprefix), date, time, file and line, and the
// prefix with Lmsgprefix.
func header(b []byte, now time.Time, prefix string, flag int, file string, line int) []byte {
	if flag&Lmsgprefix == 0 {
		b = append(b, prefix...)
	}
	if flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		if flag&LUTC != 0 {
			now = now.UTC()
		}
		if flag&Ldate != 0 {
			y, m, d := now.Date()
			b = appendNum(b, y, 4)
			b = append(b, '/')
			b = appendNum(b, int(m), 2)
			b = append(b, '/')
			b = appendNum(b, d, 2)
			b = append(b, ' ')
		}
		if flag&(Ltime|Lmicroseconds) != 0 {
			h, mi, s := now.Clock()
			b = appendNum(b, h, 2)
			b = append(b, ':')
			b = appendNum(b, mi, 2)
			b = append(b, ':')
			b = appendNum(b, s, 2)
			if flag&Lmicroseconds != 0 {
				b = append(b, '.')
				b = appendNum(b, now.Nanosecond()/1e3, 6)
			}
			b = append(b, ' ')
		}
	}
	if flag&(Lshortfile|Llongfile) != 0 {
		if flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		b = append(b, file...)
		b = append(b, ':')
		b = appendNum(b, line, 0)
		b = append(b, ": "...)
	}
	if flag&Lmsgprefix != 0 {
		b = append(b, prefix...)
	}
	return b
}

// output writes the line of message s; depth counts the calls between the caller that
// the header names and output (0: output itself).
func (l *Logger) output(depth int, s string) error {
	if l.isDiscard {
		return nil
	}
	now := time.Now()
	flag := l.flag
	var file string
	var line int
	if flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(depth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	b := header(nil, now, l.prefix, flag, file, line)
	b = append(b, s...)
	if len(b) == 0 || b[len(b)-1] != '\n' {
		b = append(b, '\n')
	}
	_, err := l.out.Write(b)
	return err
}

// Output writes the line of message s (a newline is added if s lacks one). calldepth
// is the number of frames to skip for Llongfile and Lshortfile: 1 names the caller of
// Output.
func (l *Logger) Output(calldepth int, s string) error {
	return l.output(calldepth+1, s)
}

// Print writes v as fmt.Sprint does.
func (l *Logger) Print(v ...any) { l.output(2, fmt.Sprint(v...)) }

// Printf writes v formatted as fmt.Sprintf does.
func (l *Logger) Printf(format string, v ...any) { l.output(2, fmt.Sprintf(format, v...)) }

// Println writes v as fmt.Sprintln does.
func (l *Logger) Println(v ...any) { l.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.output(2, s)
	panic(s)
}

// SetOutput sets the standard Logger's destination.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Flags returns the standard Logger's flags.
func Flags() int { return std.Flags() }

// SetFlags sets the standard Logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Prefix returns the standard Logger's prefix.
func Prefix() string { return std.Prefix() }

// SetPrefix sets the standard Logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Writer returns the standard Logger's destination.
func Writer() io.Writer { return std.Writer() }

// Print writes v to the standard Logger as fmt.Sprint does.
func Print(v ...any) { std.output(2, fmt.Sprint(v...)) }

// Printf writes v to the standard Logger formatted as fmt.Sprintf does.
func Printf(format string, v ...any) { std.output(2, fmt.Sprintf(format, v...)) }

// Println writes v to the standard Logger as fmt.Sprintln does.
func Println(v ...any) { std.output(2, fmt.Sprintln(v...)) }

// Fatal is Print followed by os.Exit(1).
func Fatal(v ...any) {
	std.output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf followed by os.Exit(1).
func Fatalf(format string, v ...any) {
	std.output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println followed by os.Exit(1).
func Fatalln(v ...any) {
	std.output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print followed by a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.output(2, s)
	panic(s)
}

// Panicf is Printf followed by a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.output(2, s)
	panic(s)
}

// Panicln is Println followed by a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.output(2, s)
	panic(s)
}

// Output writes the line of message s with the standard Logger; calldepth is as for
// Logger.Output (1 names the caller of Output).
func Output(calldepth int, s string) error {
	return std.output(calldepth+1, s)
}
