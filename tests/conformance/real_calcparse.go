package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Kind int

const (
	NUM Kind = iota
	OP
	LPAREN
	RPAREN
	IDENT
	EOF
)

func (k Kind) String() string { return [...]string{"NUM", "OP", "LPAREN", "RPAREN", "IDENT", "EOF"}[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ' || c == '\t':
		case c >= '0' && c <= '9', c >= 'a' && c <= 'z':
			start, kind := i, NUM
			if c >= 'a' {
				kind = IDENT
			}
			for i < len(src) && (kind == NUM && src[i] >= '0' && src[i] <= '9' || kind == IDENT && src[i] >= 'a' && src[i] <= 'z') {
				i++
			}
			toks = append(toks, Token{kind, src[start:i], start})
			continue
		case strings.IndexByte("+-*/%^", c) >= 0:
			toks = append(toks, Token{OP, string(c), i})
		case c == '(' || c == ')':
			toks = append(toks, Token{map[byte]Kind{'(': LPAREN, ')': RPAREN}[c], string(c), i})
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", rune(c))}
		}
		i++
	}
	return append(toks, Token{Kind: EOF, Pos: len(src)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]int32
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) fail(msg string) { panic(&SyntaxError{p.peek().Pos, msg}) }

func (p *parser) expr() int32 {
	v := p.term()
	for p.peek().Kind == OP && (p.peek().Text == "+" || p.peek().Text == "-") {
		if op := p.next().Text; op == "+" {
			v += p.term()
		} else {
			v -= p.term()
		}
	}
	return v
}

func (p *parser) term() int32 {
	v := p.unary()
	for t := p.peek(); t.Kind == OP && strings.Contains("*/%", t.Text); t = p.peek() {
		p.next()
		r := p.unary()
		switch t.Text {
		case "*":
			v *= r
		case "/":
			v /= r
		default:
			v %= r
		}
	}
	return v
}

func (p *parser) unary() int32 {
	if t := p.peek(); t.Kind == OP && t.Text == "-" {
		p.next()
		return -p.unary()
	}
	return p.power()
}

func (p *parser) power() int32 {
	base := p.primary()
	if t := p.peek(); t.Kind == OP && t.Text == "^" {
		p.next()
		result := int32(1)
		for exp := p.unary(); exp > 0; exp-- {
			result *= base
		}
		return result
	}
	return base
}

func (p *parser) primary() int32 {
	t := p.next()
	switch t.Kind {
	case NUM:
		n, err := strconv.ParseInt(t.Text, 10, 32)
		if err != nil {
			panic(err)
		}
		return int32(n)
	case IDENT:
		if v, ok := p.vars[t.Text]; ok {
			return v
		}
		p.pos--
		p.fail("unknown variable " + t.Text)
	case LPAREN:
		v := p.expr()
		if p.peek().Kind != RPAREN {
			p.fail("expected )")
		}
		p.next()
		return v
	}
	p.pos--
	p.fail("unexpected " + t.Kind.String())
	return 0
}

func Eval(src string, vars map[string]int32) (result int32, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case *SyntaxError:
				err = x
			case error:
				err = fmt.Errorf("eval %q: %w", src, x)
			default:
				panic(r)
			}
		}
	}()
	toks, err := tokenize(src)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks, vars: vars}
	result = p.expr()
	if p.peek().Kind != EOF {
		p.fail("trailing " + p.peek().Kind.String())
	}
	return
}

func main() {
	vars := map[string]int32{"x": 7, "y": -3, "big": 2147483647}
	inputs := []string{
		"1 + 2 * 3", "(1 + 2) * 3", "-x * y", "2 ^ 10", "2 ^ 31", "big + 1",
		"100 / (x - 7)", "17 % 5 - -3", "10 % 0", "3 + ", "4 $ 4", "(1 + 2",
		"zz * 2", "99999999999", "1 2", "-(-(-big)) - 1",
	}
	for _, in := range inputs {
		var se *SyntaxError
		switch v, err := Eval(in, vars); {
		case errors.As(err, &se):
			fmt.Printf("%-18q syntax  pos=%-2d %s\n", in, se.Pos, se.Msg)
		case err != nil:
			fmt.Printf("%-18q error   %v\n", in, err)
		default:
			fmt.Printf("%-18q = %d\n", in, v)
		}
	}
	toks, _ := tokenize("a+(12)")
	fmt.Printf("%v\n%+v\n", toks, toks[1])
	_, err := Eval("1 + 2 +", nil)
	panic(err)
}
