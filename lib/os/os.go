// Package os is deferjit's implementation of the parts of Go's package os that test
// programs use to write: the standard files as *os.File values that are io.Writers.
// os.Exit is built into the checker and the runtime; the rest of os is not there yet.
package os

import "errors"

// A File is an open file: here only the standard input, output and error.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout and Stderr are the run's standard input, output and error.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// write writes b to standard output (fd 1) or standard error (2) and returns len(b),
// or -1 for another file.
func write(fd int, b []byte) int

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes b to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{Op: "write", Path: f.name, Err: errors.New("bad file descriptor")}
	}
	return n, nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// ErrInvalid indicates an invalid argument.
var ErrInvalid = errors.New("invalid argument")

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }
