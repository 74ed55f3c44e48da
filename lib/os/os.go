// Package os is deferjit's implementation of Go's package os: the command line, the
// environment and the working directory (each run has its own copies), the standard files,
// and files and directories through the runtime's system calls (runtime/src/host.rs),
// with Go's errors. os.Exit is built into the checker and the runtime. There are no
// processes, signals, users or symbolic links yet.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// The runtime's entries: the run's command line and initial environment, the process's
// working directory, and the file system calls (results >= 0, or -errno).
func argc() int
func argv(i int) string
func envc() int
func envv(i int) string
func getwd() string
func open(path string, flag int, perm int) int
func read(fd int, b []byte) int
func pread(fd int, b []byte, off int64) int
func write(fd int, b []byte) int
func seek(fd int, off int64, whence int) int64
func closeFd(fd int) int
func fsync(fd int) int
func ftruncate(fd int, size int64) int
func unlink(path string) int
func rmdir(path string) int
func mkdir(path string, perm int) int
func chmod(path string, mode int) int
func rename(from, to string) int
func stat(path string, follow bool, out *[4]int64) int
func fstat(fd int, out *[4]int64) int
func readdir(path string, errno *int) string
func getpid() int
func random() int

// Args holds the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := argc()
	if n > 0 {
		Args = make([]string, n)
		for i := range Args {
			Args[i] = argv(i)
		}
	}
}

// The portable errors of file operations.
var (
	ErrInvalid          = fs.ErrInvalid
	ErrPermission       = fs.ErrPermission
	ErrExist            = fs.ErrExist
	ErrNotExist         = fs.ErrNotExist
	ErrClosed           = fs.ErrClosed
	ErrNoDeadline       = errors.New("file type does not support deadline")
	ErrDeadlineExceeded = errors.New("i/o timeout")
	ErrProcessDone      = errors.New("os: process already finished")
)

// Types shared with io/fs.
type (
	PathError = fs.PathError
	FileMode  = fs.FileMode
	FileInfo  = fs.FileInfo
	DirEntry  = fs.DirEntry
)

// The mode bits, as io/fs defines them.
const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags of OpenFile: one of O_RDONLY, O_WRONLY, O_RDWR, or-ed with the others.
const (
	O_RDONLY int = syscall.O_RDONLY
	O_WRONLY int = syscall.O_WRONLY
	O_RDWR   int = syscall.O_RDWR
	O_APPEND int = syscall.O_APPEND
	O_CREATE int = syscall.O_CREAT
	O_EXCL   int = syscall.O_EXCL
	O_SYNC   int = syscall.O_SYNC
	O_TRUNC  int = syscall.O_TRUNC
)

// Whence values of Seek (deprecated names of io.SeekStart...).
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// PathSeparator and PathListSeparator are the system's separators.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the name of the null device.
const DevNull = "/dev/null"

// A SyscallError records an error from a system call.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error returns "syscall: err".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns a *SyscallError for err, or nil when err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// A LinkError records an error of a link or rename and the paths involved.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

// Error returns "op old new: err".
func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

// Unwrap returns the underlying error.
func (e *LinkError) Unwrap() error { return e.Err }

// underlyingError returns the error a *PathError, *LinkError or *SyscallError holds.
func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsExist reports whether err says that a file already exists (ErrExist and the
// system's errors for it; wrapped errors other than os's own are not looked into).
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err says that a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err says that permission is denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// IsTimeout reports whether err is a timeout.
func IsTimeout(err error) bool {
	t, ok := underlyingError(err).(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// errno turns a negative result of the runtime's calls into its error.
func errno(r int) error { return syscall.Errno(-r) }

// Getpid returns the process id (deferjit's own: runs share it).
func Getpid() int { return getpid() }

// Getpagesize returns the memory page size.
func Getpagesize() int { return 4096 }

// ---- the environment ----

// env is the run's environment: entries "KEY=VALUE" ("" for a removed one) and where
// each key is, copied from the runtime on first use.
var (
	envs     []string
	envIndex map[string]int
	envReady bool
)

func loadEnv() {
	if envReady {
		return
	}
	envReady = true
	envIndex = make(map[string]int)
	n := envc()
	envs = make([]string, n)
	for i := 0; i < n; i++ {
		kv := envv(i)
		envs[i] = kv
		for j := 0; j < len(kv); j++ {
			if kv[j] == '=' {
				key := kv[:j]
				if _, dup := envIndex[key]; dup {
					envs[i] = ""
				} else {
					envIndex[key] = i
				}
				break
			}
		}
	}
}

// LookupEnv returns the value of the environment variable key and whether it is set.
func LookupEnv(key string) (string, bool) {
	loadEnv()
	i, ok := envIndex[key]
	if !ok {
		return "", false
	}
	kv := envs[i]
	for j := 0; j < len(kv); j++ {
		if kv[j] == '=' {
			return kv[j+1:], true
		}
	}
	return "", false
}

// Getenv returns the value of the environment variable key, "" when unset.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// Setenv sets the environment variable key (of this run only).
func Setenv(key, value string) error {
	if len(key) == 0 {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", syscall.EINVAL)
		}
	}
	loadEnv()
	kv := key + "=" + value
	if i, ok := envIndex[key]; ok {
		envs[i] = kv
	} else {
		envIndex[key] = len(envs)
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	loadEnv()
	if i, ok := envIndex[key]; ok {
		envs[i] = ""
		delete(envIndex, key)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	loadEnv()
	envs = nil
	envIndex = make(map[string]int)
}

// Environ returns a copy of the environment as "KEY=VALUE" strings.
func Environ() []string {
	loadEnv()
	out := make([]string, 0, len(envs))
	for _, kv := range envs {
		if kv != "" {
			out = append(out, kv)
		}
	}
	return out
}

// ExpandEnv replaces ${var} and $var in s by the environment's values.
func ExpandEnv(s string) string { return Expand(s, Getenv) }

// Expand replaces ${var} and $var in s by mapping(var), as a shell would (with the
// special names $0-$9, $*, $#, $@, $!, $?, $-, $$).
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			if name == "" && w > 0 {
				// A bad ${...}: dropped.
			} else if name == "" {
				buf = append(buf, s[j])
			} else {
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isAlphaNum(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name at the start of s (after a '$') and how many
// bytes of s it takes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isAlphaNum(s[i]) {
		i++
	}
	return s[:i], i
}

// ---- the working directory ----

// wd is the run's working directory, taken from the process when first needed.
var (
	wd      string
	wdReady bool
)

func loadWd() {
	if !wdReady {
		wdReady = true
		wd = getwd()
	}
}

// abs returns name as the system calls take it: relative names are relative to the
// run's working directory.
func abs(name string) string {
	if name == "" || name[0] == '/' {
		return name
	}
	loadWd()
	if wd == "" {
		return name
	}
	if wd == "/" {
		return "/" + name
	}
	return wd + "/" + name
}

// cleanAbs returns the absolute path p without ".", ".." and repeated slashes.
func cleanAbs(p string) string {
	var parts []string
	start := 0
	for i := 0; i <= len(p); i++ {
		if i == len(p) || p[i] == '/' {
			elem := p[start:i]
			start = i + 1
			switch elem {
			case "", ".":
			case "..":
				if len(parts) > 0 {
					parts = parts[:len(parts)-1]
				}
			default:
				parts = append(parts, elem)
			}
		}
	}
	out := ""
	for _, e := range parts {
		out += "/" + e
	}
	if out == "" {
		return "/"
	}
	return out
}

// Getwd returns the run's working directory.
func Getwd() (dir string, err error) {
	loadWd()
	if wd == "" {
		return "", NewSyscallError("getwd", syscall.ENOENT)
	}
	return wd, nil
}

// Chdir changes the run's working directory (not the process's).
func Chdir(dir string) error {
	var st [4]int64
	p := abs(dir)
	if r := stat(p, true, &st); r < 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(r)}
	}
	if st[0]&syscall.S_IFMT != syscall.S_IFDIR {
		return &PathError{Op: "chdir", Path: dir, Err: syscall.ENOTDIR}
	}
	wd = cleanAbs(p)
	wdReady = true
	return nil
}

// TempDir returns the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// Hostname returns the host name the kernel reports.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", NewSyscallError("hostname", err)
	}
	if len(b) > 0 && b[len(b)-1] == '\n' {
		b = b[:len(b)-1]
	}
	return string(b), nil
}

// ---- files ----

// A File is an open file.
type File struct {
	fd     int
	name   string
	closed bool
	append bool
	// The entries not yet returned by ReadDir/Readdirnames, once listed.
	dirList  []dirEntry
	dirRead  bool
	dirIsDir bool
}

// Stdin, Stdout and Stderr are the run's standard input, output and error.
var (
	Stdin  = &File{fd: 0, name: "/dev/stdin"}
	Stdout = &File{fd: 1, name: "/dev/stdout"}
	Stderr = &File{fd: 2, name: "/dev/stderr"}
)

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

func (f *File) check(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

func (f *File) wrap(op string, r int) error {
	return &PathError{Op: op, Path: f.name, Err: errno(r)}
}

// Read reads up to len(b) bytes; at the end of the file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	for {
		r := read(f.fd, b)
		if r == -int(syscall.EINTR) {
			continue
		}
		if r < 0 {
			return 0, f.wrap("read", r)
		}
		if r == 0 {
			return 0, io.EOF
		}
		return r, nil
	}
}

// ReadAt reads len(b) bytes from offset off; fewer only with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		r := pread(f.fd, b, off)
		if r == -int(syscall.EINTR) {
			continue
		}
		if r < 0 {
			return n, f.wrap("read", r)
		}
		if r == 0 {
			return n, io.EOF
		}
		n += r
		b = b[r:]
		off += int64(r)
	}
	return n, nil
}

// Write writes b to the file; fewer bytes only with an error.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	r := write(f.fd, b)
	if r < 0 {
		return 0, f.wrap("write", r)
	}
	if r != len(b) {
		return r, io.ErrShortWrite
	}
	return r, nil
}

// WriteString writes s to the file.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

var errWriteAtInAppendMode = errors.New("os: invalid use of WriteAt on file opened with O_APPEND")

// WriteAt writes b at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	if f.append {
		return 0, errWriteAtInAppendMode
	}
	if off < 0 {
		return 0, &PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	cur := seek(f.fd, 0, 1)
	if cur < 0 {
		return 0, f.wrap("write", int(cur))
	}
	if r := seek(f.fd, off, 0); r < 0 {
		return 0, f.wrap("write", int(r))
	}
	n, err = f.Write(b)
	seek(f.fd, cur, 0)
	return n, err
}

// Seek sets the offset of the next Read or Write: relative to the start (0), the
// current offset (1) or the end (2). It returns the new offset.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.check("seek"); err != nil {
		return 0, err
	}
	r := seek(f.fd, offset, whence)
	if r < 0 {
		return 0, f.wrap("seek", int(r))
	}
	if f.dirIsDir && r != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: syscall.EISDIR}
	}
	return r, nil
}

// Close closes the file; a second Close is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if f.fd <= 2 {
		// The run's standard streams belong to the runtime.
		return nil
	}
	if r := closeFd(f.fd); r < 0 {
		return f.wrap("close", r)
	}
	return nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.check("sync"); err != nil {
		return err
	}
	if r := fsync(f.fd); r < 0 {
		return f.wrap("sync", r)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.check("truncate"); err != nil {
		return err
	}
	if r := ftruncate(f.fd, size); r < 0 {
		return f.wrap("truncate", r)
	}
	return nil
}

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	var st [4]int64
	if f.fd <= 2 {
		if r := stat("/dev/fd/"+itoa(f.fd), true, &st); r < 0 {
			return nil, f.wrap("stat", r)
		}
	} else if r := fstat(f.fd, &st); r < 0 {
		return nil, f.wrap("stat", r)
	}
	return newFileStat(baseName(f.name), &st), nil
}

// ReadFrom copies r into the file until io.EOF.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.check("write"); err != nil {
		return 0, err
	}
	return genericCopy(fileWriter{f}, r)
}

// WriteTo copies the rest of the file into w.
func (f *File) WriteTo(w io.Writer) (n int64, err error) {
	if err := f.check("read"); err != nil {
		return 0, err
	}
	return genericCopy(w, fileReader{f})
}

// fileWriter and fileReader hide File's ReadFrom/WriteTo from io.Copy.
type fileWriter struct{ f *File }

func (w fileWriter) Write(b []byte) (int, error) { return w.f.Write(b) }

type fileReader struct{ f *File }

func (r fileReader) Read(b []byte) (int, error) { return r.f.Read(b) }

func genericCopy(w io.Writer, r io.Reader) (int64, error) {
	return io.Copy(w, r)
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

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file (mode 0666 before the umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with the flags (O_RDONLY, ...) and, when it creates the
// file, the permission bits perm (before the umask).
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd := open(abs(name), flag, int(syscallMode(perm)))
	if fd < 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(fd)}
	}
	f := &File{fd: fd, name: name, append: flag&O_APPEND != 0}
	var st [4]int64
	if fstat(fd, &st) == 0 && st[0]&syscall.S_IFMT == syscall.S_IFDIR {
		f.dirIsDir = true
	}
	return f, nil
}

// syscallMode converts a FileMode to the bits of open(2) and mkdir(2).
func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= syscall.S_ISUID
	}
	if m&ModeSetgid != 0 {
		o |= syscall.S_ISGID
	}
	if m&ModeSticky != 0 {
		o |= syscall.S_ISVTX
	}
	return o
}

// ReadFile returns the whole contents of the named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 0
	var st [4]int64
	if fstat(f.fd, &st) == 0 && st[1] > 0 && st[1] < 1<<30 {
		size = int(st[1])
	}
	size++ // one byte for the final read at EOF
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before the umask)
// or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or empty directory.
func Remove(name string) error {
	p := abs(name)
	e := unlink(p)
	if e == 0 {
		return nil
	}
	e1 := rmdir(p)
	if e1 == 0 {
		return nil
	}
	// As Go does: the directory's error, unless it says the name is not a directory.
	if e1 != -int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errno(e)}
}

// RemoveAll removes path and everything it contains; a missing path is no error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || path == ".." || endsWithDot(path) {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	return removeAll(path)
}

func endsWithDot(path string) bool {
	if path == "." {
		return true
	}
	n := len(path)
	return n >= 2 && path[n-1] == '.' && path[n-2] == '/'
}

func removeAll(path string) error {
	p := abs(path)
	if unlink(p) == 0 {
		return nil
	}
	var st [4]int64
	if r := stat(p, false, &st); r < 0 {
		if r == -int(syscall.ENOENT) {
			return nil
		}
		return &PathError{Op: "lstat", Path: path, Err: errno(r)}
	}
	if st[0]&syscall.S_IFMT != syscall.S_IFDIR {
		if r := unlink(p); r < 0 && r != -int(syscall.ENOENT) {
			return &PathError{Op: "unlinkat", Path: path, Err: errno(r)}
		}
		return nil
	}
	entries, err := listDir(path)
	if err != nil {
		return err
	}
	var first error
	for _, e := range entries {
		if err := removeAll(path + "/" + e.name); err != nil && first == nil {
			first = err
		}
	}
	if r := rmdir(p); r < 0 && r != -int(syscall.ENOENT) {
		if first == nil {
			first = &PathError{Op: "unlinkat", Path: path, Err: errno(r)}
		}
	}
	return first
}

// Mkdir creates the directory name with the permission bits perm (before the umask).
func Mkdir(name string, perm FileMode) error {
	if r := mkdir(abs(name), int(syscallMode(perm))); r < 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(r)}
	}
	return nil
}

// MkdirAll creates the directory path and any parents it lacks; an existing directory
// is no error.
func MkdirAll(path string, perm FileMode) error {
	var st [4]int64
	if r := stat(abs(path), true, &st); r == 0 {
		if st[0]&syscall.S_IFMT == syscall.S_IFDIR {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if r := stat(abs(path), false, &st); r == 0 && st[0]&syscall.S_IFMT == syscall.S_IFDIR {
			return nil
		}
		return err
	}
	return nil
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	var st [4]int64
	if stat(abs(newpath), false, &st) == 0 && st[0]&syscall.S_IFMT == syscall.S_IFDIR {
		var ost [4]int64
		if r := stat(abs(oldpath), false, &ost); r < 0 {
			return &LinkError{"rename", oldpath, newpath, errno(r)}
		}
		if ost[0]&syscall.S_IFMT != syscall.S_IFDIR {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if r := rename(abs(oldpath), abs(newpath)); r < 0 {
		return &LinkError{"rename", oldpath, newpath, errno(r)}
	}
	return nil
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if r := chmod(abs(name), int(syscallMode(mode))); r < 0 {
		return &PathError{Op: "chmod", Path: name, Err: errno(r)}
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	f, err := OpenFile(name, O_WRONLY, 0)
	if err != nil {
		return &PathError{Op: "truncate", Path: name, Err: underlyingError(err)}
	}
	defer f.Close()
	if r := ftruncate(f.fd, size); r < 0 {
		return &PathError{Op: "truncate", Path: name, Err: errno(r)}
	}
	return nil
}

// ---- file information ----

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modSec  int64
	modNsec int64
}

func (s *fileStat) Name() string       { return s.name }
func (s *fileStat) Size() int64        { return s.size }
func (s *fileStat) Mode() FileMode     { return s.mode }
func (s *fileStat) IsDir() bool        { return s.mode.IsDir() }
func (s *fileStat) ModTime() time.Time { return time.Unix(s.modSec, s.modNsec) }
func (s *fileStat) Sys() any           { return nil }

// newFileStat makes the FileInfo of a stat's words (mode, size, mtime).
func newFileStat(name string, st *[4]int64) *fileStat {
	return &fileStat{name: name, size: st[1], mode: modeOf(st[0]), modSec: st[2], modNsec: st[3]}
}

// modeOf converts a stat's st_mode to a FileMode.
func modeOf(m int64) FileMode {
	mode := FileMode(m & 0777)
	switch m & syscall.S_IFMT {
	case syscall.S_IFBLK:
		mode |= ModeDevice
	case syscall.S_IFCHR:
		mode |= ModeDevice | ModeCharDevice
	case syscall.S_IFDIR:
		mode |= ModeDir
	case syscall.S_IFIFO:
		mode |= ModeNamedPipe
	case syscall.S_IFLNK:
		mode |= ModeSymlink
	case syscall.S_IFSOCK:
		mode |= ModeSocket
	}
	if m&syscall.S_ISGID != 0 {
		mode |= ModeSetgid
	}
	if m&syscall.S_ISUID != 0 {
		mode |= ModeSetuid
	}
	if m&syscall.S_ISVTX != 0 {
		mode |= ModeSticky
	}
	return mode
}

// baseName returns the last element of name, without trailing slashes.
func baseName(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns the FileInfo of the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	var st [4]int64
	if r := stat(abs(name), true, &st); r < 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(r)}
	}
	return newFileStat(baseName(name), &st), nil
}

// Lstat returns the FileInfo of the named file, not following a symbolic link.
func Lstat(name string) (FileInfo, error) {
	var st [4]int64
	if r := stat(abs(name), false, &st); r < 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(r)}
	}
	return newFileStat(baseName(name), &st), nil
}

// SameFile reports whether two FileInfos describe the same file (here: same name, size,
// mode and modification time, as deferjit keeps no device and inode numbers).
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	return ok1 && ok2 && *a == *b
}

// ---- directories ----

// dirEntry is a DirEntry of ReadDir.
type dirEntry struct {
	dir  string // the directory's name as given, to stat the entry
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string      { return d.name }
func (d *dirEntry) IsDir() bool       { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode    { return d.typ }
func (d *dirEntry) String() string    { return fs.FormatDirEntry(d) }
func (d *dirEntry) Info() (FileInfo, error) {
	return Lstat(d.dir + "/" + d.name)
}

// listDir returns the entries of directory name, in the system's order.
func listDir(name string) ([]dirEntry, error) {
	e := 0
	raw := readdir(abs(name), &e)
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: syscall.Errno(e)}
	}
	var out []dirEntry
	for i := 0; i < len(raw); {
		kind := raw[i]
		j := i + 1
		for raw[j] != 0 {
			j++
		}
		d := dirEntry{dir: name, name: raw[i+1 : j]}
		switch kind {
		case 1:
			d.typ = ModeNamedPipe
		case 2:
			d.typ = ModeDevice | ModeCharDevice
		case 4:
			d.typ = ModeDir
		case 6:
			d.typ = ModeDevice
		case 10:
			d.typ = ModeSymlink
		case 12:
			d.typ = ModeSocket
		case 8:
		default:
			var st [4]int64
			if stat(abs(name+"/"+d.name), false, &st) == 0 {
				d.typ = modeOf(st[0]).Type()
			}
		}
		out = append(out, d)
		i = j + 1
	}
	return out, nil
}

// sortEntries sorts directory entries by name (a merge sort: os does not import sort).
func sortEntries(list []dirEntry) {
	if len(list) < 2 {
		return
	}
	mid := len(list) / 2
	left := append([]dirEntry(nil), list[:mid]...)
	right := append([]dirEntry(nil), list[mid:]...)
	sortEntries(left)
	sortEntries(right)
	i, j := 0, 0
	for k := range list {
		if j == len(right) || (i < len(left) && left[i].name <= right[j].name) {
			list[k] = left[i]
			i++
		} else {
			list[k] = right[j]
			j++
		}
	}
}

// ReadDir returns the entries of the named directory sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	list, err := listDir(name)
	if err != nil {
		return nil, err
	}
	sortEntries(list)
	out := make([]DirEntry, len(list))
	for i := range list {
		out[i] = &list[i]
	}
	return out, nil
}

// entries lists the open directory once; later calls continue where the last ended.
func (f *File) entries(op string) error {
	if err := f.check(op); err != nil {
		return err
	}
	if !f.dirRead {
		list, err := listDir(f.name)
		if err != nil {
			return &PathError{Op: op, Path: f.name, Err: underlyingError(err)}
		}
		if !f.dirIsDir {
			return &PathError{Op: op, Path: f.name, Err: syscall.ENOTDIR}
		}
		f.dirList = list
		f.dirRead = true
	}
	return nil
}

// ReadDir returns the next n entries of the directory (all of them for n <= 0), in the
// system's order; with n > 0 and nothing left it returns io.EOF.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if err := f.entries("readdirent"); err != nil {
		return nil, err
	}
	k := len(f.dirList)
	if n > 0 && n < k {
		k = n
	}
	if n > 0 && k == 0 {
		return nil, io.EOF
	}
	out := make([]DirEntry, k)
	for i := 0; i < k; i++ {
		e := f.dirList[i]
		out[i] = &e
	}
	f.dirList = f.dirList[k:]
	return out, nil
}

// Readdirnames returns the names of the next n entries (all for n <= 0).
func (f *File) Readdirnames(n int) (names []string, err error) {
	entries, err := f.ReadDir(n)
	names = make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names, err
}

// Readdir returns the FileInfo of the next n entries (all for n <= 0).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	entries, err := f.ReadDir(n)
	infos := make([]FileInfo, 0, len(entries))
	for _, e := range entries {
		info, ierr := e.Info()
		if ierr != nil {
			continue
		}
		infos = append(infos, info)
	}
	return infos, err
}

// ---- temporary files ----

var errPatternHasSeparator = errors.New("pattern contains path separator")

// prefixAndSuffix splits pattern at its last "*".
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errPatternHasSeparator
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

func joinTemp(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

// MkdirTemp creates a new directory in dir ("" for TempDir()) whose name is pattern
// with a random string in place of its last "*" (or appended), and returns its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	prefix = joinTemp(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + itoa(random()) + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates and opens (read-write) a new file in dir ("" for TempDir()) whose
// name is pattern with a random string in place of its last "*" (or appended).
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	prefix = joinTemp(dir, prefix)
	for try := 0; ; try++ {
		name := prefix + itoa(random()) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}
