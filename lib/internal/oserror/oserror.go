// Package oserror holds the errors that io/fs and os export and that syscall.Errno
// values match with errors.Is, in a package that both can import.
package oserror

import "errors"

// The portable errors of file operations.
var (
	ErrInvalid     = errors.New("invalid argument")
	ErrPermission  = errors.New("permission denied")
	ErrExist       = errors.New("file already exists")
	ErrNotExist    = errors.New("file does not exist")
	ErrClosed      = errors.New("file already closed")
	ErrUnsupported = errors.New("unsupported operation")
)
