package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Pos int
	Msg string
}

func (e *ParseError) Error() string { return "parse error: " + e.Msg }

type parser struct {
	toks []string
	pos  int
}

func (p *parser) fail(msg string) {
	panic(&ParseError{p.pos, msg})
}

func (p *parser) next() string {
	if p.pos >= len(p.toks) {
		p.fail("unexpected end")
	}
	t := p.toks[p.pos]
	p.pos++
	return t
}

func (p *parser) expr() int {
	t := p.next()
	switch t {
	case "1":
		return 1
	case "2":
		return 2
	case "(":
		a := p.expr()
		op := p.next()
		b := p.expr()
		if p.next() != ")" {
			p.fail("missing )")
		}
		if op == "+" {
			return a + b
		} else if op == "*" {
			return a * b
		}
		p.fail("bad op " + op)
	case "!":
		panic(errors.New("bang"))
	}
	p.fail("bad token " + t)
	return 0
}

func Parse(toks []string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if pe, ok := r.(*ParseError); ok {
				err = pe
				return
			}
			panic(r)
		}
	}()
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	fmt.Println(Parse([]string{"(", "1", "+", "2", ")"}))
	fmt.Println(Parse([]string{"(", "2", "*", "(", "2", "+", "1", ")", ")"}))
	fmt.Println(Parse([]string{"(", "1", "+"}))
	fmt.Println(Parse([]string{"(", "1", "-", "2", ")"}))
	_, err := Parse([]string{"x"})
	if pe, ok := err.(*ParseError); ok {
		fmt.Println("pos", pe.Pos, pe.Msg)
	}
	defer func() { fmt.Println("outer:", recover()) }()
	Parse([]string{"!"})
}
