// Package filepath is deferjit's implementation of Go's package path/filepath for Unix:
// lexical operations on the operating system's paths (separator '/', no volume names),
// Match and Glob, Abs and Rel, and Walk and WalkDir over package os.
// EvalSymlinks is missing: package os cannot read symbolic links.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

// Separator and ListSeparator are the system's path and path-list separators.
const (
	Separator     = os.PathSeparator
	ListSeparator = os.PathListSeparator
)

// ErrBadPattern is the error Match and Glob return for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// SkipDir, returned by a WalkFunc or WalkDir function, skips the directory it was
// called for (or, for a file, the rest of the directory holding it).
var SkipDir error = fs.SkipDir

// SkipAll, returned by a WalkFunc or WalkDir function, ends the walk without an error.
var SkipAll error = fs.SkipAll

// errInvalidPath is Localize's error.
var errInvalidPath = errors.New("invalid path")

// lastSep returns the index of the last separator in s, or -1.
func lastSep(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != Separator {
		i--
	}
	return i
}

// Clean returns the shortest path equivalent to p by lexical processing: runs of
// separators become one, "." elements go, each ".." removes the element before it (a
// ".." at the start of a rooted path is dropped), and a trailing separator goes except
// on the root. A path that reduces to nothing cleans to ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == Separator
	out := make([]byte, 0, len(p))
	floor := 0 // out[:floor] is never undone by "..": the root and leading ".."s
	if rooted {
		out = append(out, Separator)
		floor = 1
	}
	i := 0
	for i < len(p) {
		if p[i] == Separator {
			i++
			continue
		}
		j := i
		for j < len(p) && p[j] != Separator {
			j++
		}
		elem := p[i:j]
		i = j
		switch elem {
		case ".":
		case "..":
			if len(out) > floor {
				k := len(out) - 1
				for k > floor && out[k] != Separator {
					k--
				}
				out = out[:k]
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, Separator)
				}
				out = append(out, '.', '.')
				floor = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, Separator)
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// IsLocal reports whether p is local: not empty, not absolute, and not escaping the
// directory it is evaluated in (".." or "../x" after cleaning).
func IsLocal(p string) bool {
	if p == "" || IsAbs(p) {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}

// Localize turns a slash-separated, fs.ValidPath path into an operating-system path
// (on Unix the same string; a NUL byte or an invalid path is an error).
func Localize(p string) (string, error) {
	if !fs.ValidPath(p) || strings.IndexByte(p, 0) >= 0 {
		return "", errInvalidPath
	}
	return p, nil
}

// ToSlash returns p with each separator replaced by '/' (on Unix, p itself).
func ToSlash(p string) string { return p }

// FromSlash returns p with each '/' replaced by the separator (on Unix, p itself).
func FromSlash(p string) string { return p }

// SplitList splits a PATH-like list at ListSeparator; the empty string gives an empty,
// non-nil slice.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Split splits p just after its last separator: dir+file == p.
func Split(p string) (dir, file string) {
	i := lastSep(p)
	return p[:i+1], p[i+1:]
}

// Join joins the elements from the first non-empty one on with separators and cleans
// the result; it returns "" when every element is empty.
func Join(elem ...string) string {
	for i, e := range elem {
		if e != "" {
			return Clean(strings.Join(elem[i:], string(Separator)))
		}
	}
	return ""
}

// Ext returns the extension of the last element of p: from its last dot on, or "".
func Ext(p string) string {
	for i := len(p) - 1; i >= 0 && p[i] != Separator; i-- {
		if p[i] == '.' {
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element of p, trailing separators removed: "." for an empty
// path, the separator for a path of separators only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	end := len(p)
	for end > 0 && p[end-1] == Separator {
		end--
	}
	if end == 0 {
		return string(Separator)
	}
	p = p[:end]
	return p[lastSep(p)+1:]
}

// Dir returns all of p but its last element, cleaned.
func Dir(p string) string {
	return Clean(p[:lastSep(p)+1])
}

// VolumeName returns the leading volume name: always "" on Unix.
func VolumeName(p string) string { return "" }

// IsAbs reports whether p is absolute.
func IsAbs(p string) bool { return strings.HasPrefix(p, "/") }

// HasPrefix is the deprecated strings.HasPrefix of Go's filepath.
func HasPrefix(p, prefix string) bool { return strings.HasPrefix(p, prefix) }

// Abs returns an absolute form of p: p cleaned if absolute, else joined to the working
// directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that, joined to basepath, is lexically equivalent to
// targpath. Both must be absolute or both relative, and basepath must not need
// knowledge of the working directory (a ".." left over in it): otherwise it is an
// error.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if base == targ {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	if (base != "" && base[0] == Separator) != (targ != "" && targ[0] == Separator) {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Walk both element by element while they agree; b0/t0 start the first difference.
	b0, bi, t0, ti := 0, 0, 0, 0
	for {
		for bi < len(base) && base[bi] != Separator {
			bi++
		}
		for ti < len(targ) && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < len(base) {
			bi++
		}
		if ti < len(targ) {
			ti++
		}
		b0, t0 = bi, ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 == len(base) {
		return targ[t0:], nil
	}
	// One ".." per element of base left over, then the rest of targ.
	var sb strings.Builder
	sb.WriteString("..")
	for i := b0; i < len(base); i++ {
		if base[i] == Separator {
			sb.WriteString("/..")
		}
	}
	if t0 != len(targ) {
		sb.WriteByte(Separator)
		sb.WriteString(targ[t0:])
	}
	return sb.String(), nil
}

// Match reports whether name matches the shell pattern: '*' matches any run of
// non-separator characters, '?' one non-separator character, '[...]' a character class
// (ranges "a-z", negation "[^...]"), and '\\' escapes the next character. The only
// error is ErrBadPattern, for a malformed pattern (unlike path.Match, a part of the
// pattern after a failed match is not checked).
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			return strings.IndexByte(name, Separator) < 0, nil
		}
		left, ok, err := matchPrefix(chunk, name)
		if ok && (left == "" || pattern != "") {
			name = left
			continue
		}
		if err != nil {
			return false, err
		}
		found := false
		if star {
			for i := 0; i < len(name) && name[i] != Separator; i++ {
				left, ok, err := matchPrefix(chunk, name[i+1:])
				if ok {
					if pattern == "" && left != "" {
						continue
					}
					name = left
					found = true
					break
				}
				if err != nil {
					return false, err
				}
			}
		}
		if !found {
			return false, nil
		}
	}
	return name == "", nil
}

// nextChunk splits off the pattern's leading stars (star says whether there were any),
// then the text up to the next star outside a class.
func nextChunk(pattern string) (star bool, chunk, rest string) {
	for pattern != "" && pattern[0] == '*' {
		pattern = pattern[1:]
		star = true
	}
	inClass := false
	i := 0
	for ; i < len(pattern); i++ {
		c := pattern[i]
		if c == '\\' {
			if i+1 < len(pattern) {
				i++
			}
		} else if c == '[' {
			inClass = true
		} else if c == ']' {
			inClass = false
		} else if c == '*' && !inClass {
			break
		}
	}
	return star, pattern[:i], pattern[i:]
}

// matchPrefix matches chunk (no stars) against the start of s and returns what follows
// the match. Once s runs out it keeps going through the chunk, without matching, to
// find syntax errors.
func matchPrefix(chunk, s string) (rest string, ok bool, err error) {
	failed := false
	for chunk != "" {
		if len(s) == 0 {
			failed = true
		}
		switch chunk[0] {
		case '[':
			var r rune
			if !failed {
				var n int
				r, n = utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
			negated := chunk != "" && chunk[0] == '^'
			if negated {
				chunk = chunk[1:]
			}
			inClass := false
			for ranges := 0; ; ranges++ {
				if ranges > 0 && chunk != "" && chunk[0] == ']' {
					chunk = chunk[1:]
					break
				}
				var lo, hi rune
				lo, chunk, err = classChar(chunk)
				if err != nil {
					return "", false, err
				}
				hi = lo
				if chunk[0] == '-' {
					hi, chunk, err = classChar(chunk[1:])
					if err != nil {
						return "", false, err
					}
				}
				if lo <= r && r <= hi {
					inClass = true
				}
			}
			if inClass == negated {
				failed = true
			}
		case '?':
			if !failed {
				if s[0] == Separator {
					failed = true
				}
				_, n := utf8.DecodeRuneInString(s)
				s = s[n:]
			}
			chunk = chunk[1:]
		default:
			if chunk[0] == '\\' {
				chunk = chunk[1:]
				if chunk == "" {
					return "", false, ErrBadPattern
				}
			}
			if !failed {
				if s[0] != chunk[0] {
					failed = true
				}
				s = s[1:]
			}
			chunk = chunk[1:]
		}
	}
	if failed {
		return "", false, nil
	}
	return s, true, nil
}

// classChar reads one (possibly escaped) character of a class; the class must go on
// after it.
func classChar(chunk string) (r rune, rest string, err error) {
	if chunk == "" || chunk[0] == '-' || chunk[0] == ']' {
		return 0, "", ErrBadPattern
	}
	if chunk[0] == '\\' {
		chunk = chunk[1:]
		if chunk == "" {
			return 0, "", ErrBadPattern
		}
	}
	r, n := utf8.DecodeRuneInString(chunk)
	if r == utf8.RuneError && n == 1 {
		err = ErrBadPattern
	}
	rest = chunk[n:]
	if rest == "" {
		err = ErrBadPattern
	}
	return r, rest, err
}

// hasMeta reports whether p holds any of the characters Match treats specially.
func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// Glob returns the names of all files matching pattern (nil if none), sorted within
// each directory; I/O errors are ignored and the only error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	return globDepth(pattern, 0)
}

// globDepth is Glob with a bound on the number of separators it recurses through.
func globDepth(pattern string, depth int) (matches []string, err error) {
	if depth == 10000 {
		return nil, ErrBadPattern
	}
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	switch dir {
	case "":
		dir = "."
	case string(Separator):
	default:
		dir = dir[:len(dir)-1]
	}
	if !hasMeta(dir) {
		return globDir(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	dirs, err := globDepth(dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globDir(d, file, matches)
		if err != nil {
			return matches, err
		}
	}
	return matches, nil
}

// globDir appends to matches the names in directory dir that match pattern.
func globDir(dir, pattern string, matches []string) ([]string, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return matches, nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return matches, nil
	}
	names, _ := f.Readdirnames(-1)
	f.Close()
	sort.Strings(names)
	for _, n := range names {
		ok, err := Match(pattern, n)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, Join(dir, n))
		}
	}
	return matches, nil
}

// readDirNames returns the sorted names of the entries of directory dir.
func readDirNames(dir string) ([]string, error) {
	f, err := os.Open(dir)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkFunc is the function Walk calls for each file and directory: with the file's
// FileInfo (from Lstat) and a nil error, or, when Lstat or reading a directory failed,
// with that error (and for a failed Lstat a nil info).
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the tree rooted at root in lexical order, calling fn for each file and
// directory (root included); it does not follow symbolic links. SkipDir from fn skips a
// directory (or the rest of a file's directory), SkipAll ends the walk; any other error
// ends it and is returned.
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkInfo(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkInfo is Walk below root.
func walkInfo(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, readErr := readDirNames(p)
	if err := fn(p, info, readErr); readErr != nil || err != nil {
		return err
	}
	for _, name := range names {
		child := Join(p, name)
		childInfo, err := os.Lstat(child)
		if err != nil {
			if err := fn(child, childInfo, err); err != nil && err != SkipDir {
				return err
			}
			continue
		}
		if err := walkInfo(child, childInfo, fn); err != nil {
			if err != SkipDir || !childInfo.IsDir() {
				return err
			}
		}
	}
	return nil
}

// WalkDir walks the tree rooted at root in lexical order, calling fn for each file and
// directory with its fs.DirEntry; it does not follow symbolic links. fn is called for a
// directory before it is read, and a second time, with the error, when reading it
// fails. SkipDir and SkipAll work as for Walk.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkEntry(root, &infoEntry{info}, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

// walkEntry is WalkDir below root.
func walkEntry(p string, d fs.DirEntry, fn func(path string, d fs.DirEntry, err error) error) error {
	err := fn(p, d, nil)
	if err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			return nil
		}
		return err
	}
	entries, err := os.ReadDir(p)
	if err != nil {
		if err := fn(p, d, err); err != nil {
			if err == SkipDir && d.IsDir() {
				return nil
			}
			return err
		}
	}
	for _, e := range entries {
		if err := walkEntry(Join(p, e.Name()), e, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

// infoEntry is a fs.DirEntry made from a FileInfo (Go's fs.FileInfoToDirEntry).
type infoEntry struct {
	info fs.FileInfo
}

// Name returns the file's name.
func (e *infoEntry) Name() string { return e.info.Name() }

// IsDir reports whether the file is a directory.
func (e *infoEntry) IsDir() bool { return e.info.IsDir() }

// Type returns the file's type bits.
func (e *infoEntry) Type() fs.FileMode { return e.info.Mode().Type() }

// Info returns the FileInfo.
func (e *infoEntry) Info() (fs.FileInfo, error) { return e.info, nil }

// String formats the entry as fs.FormatDirEntry does.
func (e *infoEntry) String() string { return fs.FormatDirEntry(e) }
