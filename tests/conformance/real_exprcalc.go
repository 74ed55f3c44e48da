package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
)

type Kind int

const (
	NUM Kind = iota
	IDENT
	OP
	LPAREN
	RPAREN
	EOF
)

var kindNames = [...]string{"NUM", "IDENT", "OP", "LPAREN", "RPAREN", "EOF"}

func (k Kind) String() string { return kindNames[k] }

type Token struct {
	Kind Kind
	Text string
	Pos  int
}

func (t Token) String() string { return fmt.Sprintf("%v(%q)@%d", t.Kind, t.Text, t.Pos) }

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j])) {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%", r):
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q (%U)", r, r)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type parser struct {
	toks []Token
	pos  int
	vars map[string]float64
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func prec(op string) int {
	switch op {
	case "+", "-":
		return 1
	case "*", "/", "%":
		return 2
	case "^":
		return 3
	}
	return 0
}

func (p *parser) primary() float64 {
	t := p.next()
	switch t.Kind {
	case NUM:
		v, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(&SyntaxError{t.Pos, "bad number " + t.Text})
		}
		return v
	case IDENT:
		if p.peek().Kind == LPAREN {
			p.next()
			arg := p.expr(1)
			p.expect(RPAREN)
			fns := map[string]func(float64) float64{"sqrt": math.Sqrt, "abs": math.Abs, "floor": math.Floor}
			f, ok := fns[t.Text]
			if !ok {
				panic(&SyntaxError{t.Pos, "unknown func " + t.Text})
			}
			return f(arg)
		}
		v, ok := p.vars[t.Text]
		if !ok {
			panic(fmt.Errorf("undefined: %s", t.Text))
		}
		return v
	case OP:
		if t.Text == "-" {
			return -p.primary()
		}
	case LPAREN:
		v := p.expr(1)
		p.expect(RPAREN)
		return v
	}
	panic(&SyntaxError{t.Pos, "unexpected " + t.String()})
}

func (p *parser) expect(k Kind) {
	if t := p.next(); t.Kind != k {
		panic(&SyntaxError{t.Pos, fmt.Sprintf("want %v got %v", k, t.Kind)})
	}
}

func (p *parser) expr(minPrec int) float64 {
	lhs := p.primary()
	for {
		t := p.peek()
		if t.Kind != OP || prec(t.Text) < minPrec {
			return lhs
		}
		p.next()
		next := prec(t.Text) + 1
		if t.Text == "^" {
			next = prec(t.Text)
		}
		rhs := p.expr(next)
		switch t.Text {
		case "+":
			lhs += rhs
		case "-":
			lhs -= rhs
		case "*":
			lhs *= rhs
		case "/":
			lhs /= rhs
		case "%":
			lhs = float64(int(lhs) % int(rhs))
		case "^":
			lhs = math.Pow(lhs, rhs)
		}
	}
}

func eval(src string, vars map[string]float64) (v float64, err error) {
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
	v = p.expr(1)
	if p.peek().Kind != EOF {
		return v, &SyntaxError{p.peek().Pos, "trailing " + p.peek().Text}
	}
	return v, nil
}

func main() {
	toks, _ := tokenize("x1 + 2.5*(y-3)")
	fmt.Println(toks)
	vars := map[string]float64{"x": 3, "y": 4, "pi": math.Pi}
	for _, s := range []string{
		"1 + 2 * 3", "(1+2)*3", "2^3^2", "-x + y", "sqrt(16) + abs(-2.5)",
		"10 % 4 + floor(pi)", "1/0", "-1/0", "0/0 + 1", "x * (y", "3 $ 4",
		"foo + 1", "bar(2)", "2 3", "1.2.3", "π*2", "7 % 0",
	} {
		v, err := eval(s, vars)
		var se *SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%-22q -> SYNTAX pos=%d %v\n", s, se.Pos, err)
		} else if err != nil {
			fmt.Printf("%-22q -> ERR %v\n", s, err)
		} else {
			fmt.Printf("%-22q -> %g %8.3f %v\n", s, v, v, math.IsInf(v, 0))
		}
	}
}
