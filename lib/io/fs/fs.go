// Package fs is deferjit's implementation of the types of Go's package io/fs that
// package os uses: FileMode, FileInfo, DirEntry, PathError and the portable errors.
package fs

import (
	"errors"
	"internal/oserror"
	"time"
)

// The portable errors of file operations (errors.Is matches system errors with them).
var (
	ErrInvalid    = oserror.ErrInvalid
	ErrPermission = oserror.ErrPermission
	ErrExist      = oserror.ErrExist
	ErrNotExist   = oserror.ErrNotExist
	ErrClosed     = oserror.ErrClosed
)

// SkipDir, returned by a WalkDirFunc, skips the directory it was called for (or the rest
// of the directory of the file it was called for).
var SkipDir = errors.New("skip this directory")

// SkipAll, returned by a WalkDirFunc, ends the walk without an error.
var SkipAll = errors.New("skip everything and stop the walk")

// WalkDirFunc is the function filepath.WalkDir calls for each file and directory.
type WalkDirFunc func(path string, d DirEntry, err error) error

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error returns "op path: err".
func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *PathError) Unwrap() error { return e.Err }

// Timeout reports whether the underlying error is a timeout.
func (e *PathError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// A FileMode is a file's mode and permission bits.
type FileMode uint32

// The mode bits; the top ones are the file's type.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: character device (with ModeDevice)
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file, nothing else known

	// ModeType masks the type bits.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	// ModePerm masks the Unix permission bits.
	ModePerm FileMode = 0777
)

// modeLetters are the letters String prints for the mode bits, from the top one down.
const modeLetters = "dalTLDpSugct?"

// String returns the mode as ls prints it: one letter per type or special bit that is
// set ("-" when none), then rwxrwxrwx with "-" for each unset permission.
func (m FileMode) String() string {
	out := make([]byte, 0, 32)
	for i := 0; i < len(modeLetters); i++ {
		if m&(ModeDir>>uint(i)) != 0 {
			out = append(out, modeLetters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	const perms = "rwxrwxrwx"
	for i := 0; i < len(perms); i++ {
		if m&(1<<uint(8-i)) != 0 {
			out = append(out, perms[i])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir reports whether the mode describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether the mode describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns the type bits.
func (m FileMode) Type() FileMode { return m & ModeType }

// A FileInfo describes a file (Stat's result).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	ModTime() time.Time
	IsDir() bool
	Sys() any
}

// A DirEntry is an entry read from a directory.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// ValidPath reports whether name is a valid path for an FS: unrooted, slash-separated,
// with no ".", ".." or empty elements (except "." alone).
func ValidPath(name string) bool {
	if name == "." {
		return true
	}
	for {
		i := 0
		for i < len(name) && name[i] != '/' {
			i++
		}
		elem := name[:i]
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if i == len(name) {
			return true
		}
		name = name[i+1:]
	}
}

// FormatFileInfo returns a readable line for info, as ls -l might print it.
func FormatFileInfo(info FileInfo) string {
	name := info.Name()
	b := make([]byte, 0, 40+len(name))
	b = append(b, info.Mode().String()...)
	b = append(b, ' ')
	size := info.Size()
	var usize uint64
	if size >= 0 {
		usize = uint64(size)
	} else {
		b = append(b, '-')
		usize = uint64(-size)
	}
	var buf [20]byte
	i := len(buf) - 1
	for usize >= 10 {
		q := usize / 10
		buf[i] = byte('0' + usize - q*10)
		i--
		usize = q
	}
	buf[i] = byte('0' + usize)
	b = append(b, buf[i:]...)
	b = append(b, ' ')
	b = append(b, info.ModTime().Format(time.DateTime)...)
	b = append(b, ' ')
	b = append(b, name...)
	if info.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}

// FormatDirEntry returns a readable line for dir: its type letters and name.
func FormatDirEntry(dir DirEntry) string {
	name := dir.Name()
	b := make([]byte, 0, 5+len(name))
	mode := dir.Type().String()
	mode = mode[:len(mode)-9]
	b = append(b, mode...)
	b = append(b, ' ')
	b = append(b, name...)
	if dir.IsDir() {
		b = append(b, '/')
	}
	return string(b)
}
