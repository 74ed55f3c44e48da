// Package path is deferjit's implementation of Go's package path: lexical operations on
// slash-separated paths (URLs and the like; package path/filepath handles the operating
// system's paths), with Go's results for every corner (empty paths, "..", trailing
// slashes) and Match's syntax errors.
package path

import (
	"errors"
	"unicode/utf8"
)

// ErrBadPattern is the error Match returns for a malformed pattern.
var ErrBadPattern = errors.New("syntax error in pattern")

// lastSlash returns the index of the last '/' in s, or -1.
func lastSlash(s string) int {
	i := len(s) - 1
	for i >= 0 && s[i] != '/' {
		i--
	}
	return i
}

// Clean returns the shortest path equivalent to p by lexical processing: runs of slashes
// become one, "." elements go, each ".." removes the element before it (a ".." at the
// start of a rooted path is dropped), and a trailing slash goes except on "/". The
// empty path (and any path that reduces to nothing) cleans to ".".
func Clean(p string) string {
	if p == "" {
		return "."
	}
	rooted := p[0] == '/'
	out := make([]byte, 0, len(p))
	floor := 0 // out[:floor] is never undone by "..": the root and leading ".."s
	if rooted {
		out = append(out, '/')
		floor = 1
	}
	i := 0
	for i < len(p) {
		if p[i] == '/' {
			i++
			continue
		}
		j := i
		for j < len(p) && p[j] != '/' {
			j++
		}
		elem := p[i:j]
		i = j
		switch elem {
		case ".":
		case "..":
			if len(out) > floor {
				// Drop the last element (and the slash before it, if any above floor).
				k := len(out) - 1
				for k > floor && out[k] != '/' {
					k--
				}
				out = out[:k]
			} else if !rooted {
				if len(out) > 0 {
					out = append(out, '/')
				}
				out = append(out, '.', '.')
				floor = len(out)
			}
		default:
			if len(out) > 0 && !(rooted && len(out) == 1) {
				out = append(out, '/')
			}
			out = append(out, elem...)
		}
	}
	if len(out) == 0 {
		return "."
	}
	return string(out)
}

// Split splits p just after its last slash: dir ends with the slash (or is empty) and
// dir+file == p.
func Split(p string) (dir, file string) {
	i := lastSlash(p)
	return p[:i+1], p[i+1:]
}

// Join joins the non-empty elements with slashes and cleans the result; it returns ""
// when every element is empty.
func Join(elem ...string) string {
	start := 0
	for start < len(elem) && elem[start] == "" {
		start++
	}
	if start == len(elem) {
		return ""
	}
	var buf []byte
	for k := start; k < len(elem); k++ {
		if k > start {
			buf = append(buf, '/')
		}
		buf = append(buf, elem[k]...)
	}
	return Clean(string(buf))
}

// Ext returns the extension of the last element of p: from its last dot on, or "".
func Ext(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		switch p[i] {
		case '/':
			return ""
		case '.':
			return p[i:]
		}
	}
	return ""
}

// Base returns the last element of p, trailing slashes removed: "." for an empty path,
// "/" for a path of slashes only.
func Base(p string) string {
	if p == "" {
		return "."
	}
	end := len(p)
	for end > 0 && p[end-1] == '/' {
		end--
	}
	if end == 0 {
		return "/"
	}
	p = p[:end]
	return p[lastSlash(p)+1:]
}

// IsAbs reports whether p is absolute (starts with a slash).
func IsAbs(p string) bool {
	return p != "" && p[0] == '/'
}

// Dir returns all of p but its last element, cleaned (so "." when p has no slash).
func Dir(p string) string {
	return Clean(p[:lastSlash(p)+1])
}

// Match reports whether name matches the shell pattern: '*' matches any run of non-slash
// characters, '?' one non-slash character, '[...]' a character class (ranges "a-z",
// negation "[^...]"), and '\\' escapes the next character. The only error is
// ErrBadPattern, for a malformed pattern (reported even when the match fails earlier).
func Match(pattern, name string) (matched bool, err error) {
	for pattern != "" {
		star, chunk, rest := nextChunk(pattern)
		pattern = rest
		if star && chunk == "" {
			// A trailing star matches the rest of an element.
			return lastSlash(name) < 0, nil
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
			// Let the star eat 1, 2, ... characters of the element.
			for i := 0; i < len(name) && name[i] != '/'; i++ {
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
		if found {
			continue
		}
		// No match: still report a syntax error in what is left of the pattern.
		for pattern != "" {
			_, chunk, pattern = nextChunk(pattern)
			if _, _, err := matchPrefix(chunk, ""); err != nil {
				return false, err
			}
		}
		return false, nil
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
				if s[0] == '/' {
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
