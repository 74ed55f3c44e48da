package main

import (
	"errors"
	"fmt"
	"strconv"
	"unicode"
)

// parseError is what the parser panics with internally; Eval turns it into an error.
type parseError struct {
	pos int
	msg string
}

func (e *parseError) Error() string {
	return fmt.Sprintf("at %d: %s", e.pos, e.msg)
}

var errDivZero = errors.New("division by zero")

var factorials = []int{1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880}

type parser struct {
	src  []rune
	pos  int
	vars map[string]int
}

func (p *parser) fail(format string, args ...any) {
	panic(&parseError{pos: p.pos, msg: fmt.Sprintf(format, args...)})
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) && unicode.IsSpace(p.src[p.pos]) {
		p.pos++
	}
}

func (p *parser) peek() rune {
	p.skipSpace()
	if p.pos >= len(p.src) {
		return 0
	}
	return p.src[p.pos]
}

func (p *parser) expr() int {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() int {
	v := p.unary()
	for {
		switch op := p.peek(); op {
		case '*':
			p.pos++
			v *= p.unary()
		case '/', '%':
			p.pos++
			d := p.unary()
			if d == 0 {
				panic(errDivZero)
			}
			if op == '/' {
				v /= d
			} else {
				v %= d
			}
		default:
			return v
		}
	}
}

func (p *parser) unary() int {
	if p.peek() == '-' {
		p.pos++
		return -p.unary()
	}
	v := p.primary()
	for p.peek() == '!' {
		p.pos++
		v = factorials[v] // deliberately unchecked: a bug the API boundary must not hide
	}
	return v
}

func (p *parser) primary() int {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			p.fail("expected ')'")
		}
		p.pos++
		return v
	case unicode.IsDigit(c):
		start := p.pos
		for p.pos < len(p.src) && unicode.IsDigit(p.src[p.pos]) {
			p.pos++
		}
		n, err := strconv.Atoi(string(p.src[start:p.pos]))
		if err != nil {
			p.pos = start
			p.fail("bad number: %v", err)
		}
		return n
	case unicode.IsLetter(c):
		start := p.pos
		for p.pos < len(p.src) && (unicode.IsLetter(p.src[p.pos]) || unicode.IsDigit(p.src[p.pos])) {
			p.pos++
		}
		name := string(p.src[start:p.pos])
		v, ok := p.vars[name]
		if !ok {
			p.pos = start
			p.fail("undefined variable %q", name)
		}
		return v
	case c == 0:
		p.fail("unexpected end of input")
	}
	p.fail("unexpected %q", c)
	return 0
}

// Eval parses and evaluates src. Syntax errors and division by zero come back as
// errors; anything else (a bug) keeps panicking.
func Eval(src string, vars map[string]int) (result int, err error) {
	p := &parser{src: []rune(src), vars: vars}
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch e := r.(type) {
		case *parseError:
			err = e
		case error:
			if errors.Is(e, errDivZero) {
				err = fmt.Errorf("eval %q: %w", src, e)
				return
			}
			panic(r)
		default:
			panic(r)
		}
	}()
	result = p.expr()
	if p.peek() != 0 {
		p.fail("trailing input")
	}
	return result, nil
}

func safeEval(in string, vars map[string]int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-18q internal error: %v\n", in, r)
			println("recovered internal error for", in)
		}
	}()
	v, err := Eval(in, vars)
	if err != nil {
		var pe *parseError
		if errors.As(err, &pe) {
			fmt.Printf("%-18q syntax error at column %d: %s\n", in, pe.pos+1, pe.msg)
		} else {
			fmt.Printf("%-18q error: %v (div by zero: %t)\n", in, err, errors.Is(err, errDivZero))
		}
		return
	}
	fmt.Printf("%-18q = %d\n", in, v)
}

func main() {
	vars := map[string]int{"x": 7, "y": 3, "big": 12, "π": 3}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x * y - 4 / 2",
		"-(x - 10) % 4",
		"π * 2 + 3!",
		"2 * (3 + ",
		"10 / (y - 3)",
		"z + 1",
		"4 $ 4",
		"big!",
		"3 4",
		"99999999999999999999",
		"",
	}
	for _, in := range inputs {
		safeEval(in, vars)
	}
	fmt.Println("done")
}
