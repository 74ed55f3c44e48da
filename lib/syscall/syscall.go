// Package syscall is the part of Go's package syscall that os's errors show: Errno, the
// error numbers of Linux on amd64, and their messages.
package syscall

import "internal/oserror"

// An Errno is an operating-system error number.
type Errno uintptr

// errnoText returns the system's message for error number e (lib/os's runtime entry).
func errnoText(e int) string

// Error returns the system's message for the error number.
func (e Errno) Error() string {
	if e == 0 || e > 133 {
		return "errno " + itoa(int(e))
	}
	return errnoText(int(e))
}

// Is reports whether the error number is one of the portable errors target stands for.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case oserror.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

// Temporary reports whether the error may go away if tried again.
func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

// Timeout reports whether the error is a timeout.
func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(b[i:])
}

// Linux's error numbers.
const (
	EPERM           Errno = 0x1
	ENOENT          Errno = 0x2
	ESRCH           Errno = 0x3
	EINTR           Errno = 0x4
	EIO             Errno = 0x5
	ENXIO           Errno = 0x6
	E2BIG           Errno = 0x7
	ENOEXEC         Errno = 0x8
	EBADF           Errno = 0x9
	ECHILD          Errno = 0xa
	EAGAIN          Errno = 0xb
	ENOMEM          Errno = 0xc
	EACCES          Errno = 0xd
	EFAULT          Errno = 0xe
	EBUSY           Errno = 0x10
	EEXIST          Errno = 0x11
	EXDEV           Errno = 0x12
	ENODEV          Errno = 0x13
	ENOTDIR         Errno = 0x14
	EISDIR          Errno = 0x15
	EINVAL          Errno = 0x16
	ENFILE          Errno = 0x17
	EMFILE          Errno = 0x18
	ENOTTY          Errno = 0x19
	EFBIG           Errno = 0x1b
	ENOSPC          Errno = 0x1c
	ESPIPE          Errno = 0x1d
	EROFS           Errno = 0x1e
	EMLINK          Errno = 0x1f
	EPIPE           Errno = 0x20
	EDOM            Errno = 0x21
	ERANGE          Errno = 0x22
	EDEADLK         Errno = 0x23
	ENAMETOOLONG    Errno = 0x24
	ENOSYS          Errno = 0x26
	ENOTEMPTY       Errno = 0x27
	ELOOP           Errno = 0x28
	EWOULDBLOCK     Errno = 0xb
	ENOTSUP         Errno = 0x5f
	EOPNOTSUPP      Errno = 0x5f
	ETIMEDOUT       Errno = 0x6e
)

// Flags of open(2), as os's O_ constants use them.
const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_APPEND    = 0x400
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_CLOEXEC   = 0x80000
	O_DIRECTORY = 0x10000
)

// File type bits of a stat's mode.
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
)
