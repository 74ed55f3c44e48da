package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Kind int

const (
	Ident Kind = iota
	Number
	String
	Op
	Comment
)

var kindNames = [...]string{"Ident", "Number", "String", "Op", "Comment"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind      Kind
	Text      string
	Line, Col int
}

type Pos struct{ Line, Col int }

type LexError struct {
	Pos
	Msg string
}

func (e *LexError) Error() string { return fmt.Sprintf("%d:%d: %s", e.Line, e.Col, e.Msg) }

type lexer struct {
	src       string
	off       int
	line, col int
	toks      []Token
}

func (l *lexer) peek() (rune, int) {
	if l.off >= len(l.src) {
		return -1, 0
	}
	r, size := utf8.DecodeRuneInString(l.src[l.off:])
	if r == utf8.RuneError && size == 1 {
		l.fail("invalid UTF-8 byte %#x", l.src[l.off])
	}
	return r, size
}

func (l *lexer) advance() rune {
	r, size := l.peek()
	l.off += size
	if r == '\n' {
		l.line++
		l.col = 1
	} else {
		l.col++
	}
	return r
}

func (l *lexer) fail(format string, args ...any) {
	panic(&LexError{Pos{l.line, l.col}, fmt.Sprintf(format, args...)})
}

func (l *lexer) emit(k Kind, text string, p Pos) {
	l.toks = append(l.toks, Token{k, text, p.Line, p.Col})
}

func (l *lexer) run() {
	for {
		r, _ := l.peek()
		start := Pos{l.line, l.col}
		switch {
		case r < 0:
			return
		case unicode.IsSpace(r):
			l.advance()
		case unicode.IsLetter(r) || r == '_':
			var b strings.Builder
			for r, _ := l.peek(); unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_'; r, _ = l.peek() {
				b.WriteRune(l.advance())
			}
			l.emit(Ident, b.String(), start)
		case unicode.IsDigit(r):
			from := l.off
			seenDot := false
			for r, _ := l.peek(); unicode.IsDigit(r) || (r == '.' && !seenDot); r, _ = l.peek() {
				if r == '.' {
					seenDot = true
				}
				l.advance()
			}
			l.emit(Number, l.src[from:l.off], start)
		case r == '"':
			l.advance()
			var b strings.Builder
			for {
				c, _ := l.peek()
				if c < 0 || c == '\n' {
					l.fail("unterminated string starting at %d:%d", start.Line, start.Col)
				}
				l.advance()
				if c == '"' {
					break
				}
				if c == '\\' {
					e := l.advance()
					switch e {
					case 'n':
						c = '\n'
					case 't':
						c = '\t'
					case '"', '\\':
						c = e
					default:
						l.fail("unknown escape \\%c", e)
					}
				}
				b.WriteRune(c)
			}
			l.emit(String, b.String(), start)
		case r == '/' && strings.HasPrefix(l.src[l.off:], "//"):
			from := l.off
			for c, _ := l.peek(); c >= 0 && c != '\n'; c, _ = l.peek() {
				l.advance()
			}
			l.emit(Comment, l.src[from:l.off], start)
		case strings.ContainsRune("+-*/=<>!(){},;:", r):
			l.advance()
			text := string(r)
			if next, _ := l.peek(); next == '=' && strings.ContainsRune(":=<>!", r) {
				l.advance()
				text += "="
			}
			l.emit(Op, text, start)
		default:
			l.fail("unexpected character %q (U+%04X)", r, r)
		}
	}
}

// Tokenize returns the tokens read before the first error, and that error.
func Tokenize(src string) (toks []Token, err error) {
	l := &lexer{src: src, line: 1, col: 1}
	defer func() {
		if r := recover(); r != nil {
			le, ok := r.(*LexError)
			if !ok {
				panic(r)
			}
			toks, err = l.toks, le
		}
	}()
	l.run()
	return l.toks, nil
}

func main() {
	inputs := []string{
		"x := 3.14 * radius // area\nif x >= 10 { print(\"big\\tone\") }",
		"héllo_wörld = \"naïve\" + 日本語",
		"a != b; c == 1.2.3",
		"msg = \"no end",
		"y = 2 # 3",
		"bad \xff byte",
		"esc = \"\\q\"",
	}
	for _, in := range inputs {
		toks, err := Tokenize(in)
		fmt.Printf("input %q: %d tokens, %d bytes, %d runes\n", in, len(toks), len(in), utf8.RuneCountInString(in))
		for _, t := range toks {
			fmt.Printf("  %d:%-3d %-7v %q\n", t.Line, t.Col, t.Kind, t.Text)
		}
		if err != nil {
			fmt.Println("  error:", err)
			var le *LexError = err.(*LexError)
			println("lex error at line", le.Line, "col", le.Col)
		}
	}
}
