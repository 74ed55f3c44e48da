// A tiny Forth-like stack language interpreter with a map of builtin
// words, user definitions and error handling via errors and recover.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

var ErrUnderflow = errors.New("stack underflow")
var ErrDivZero = errors.New("division by zero")

type UnknownWordError struct {
	Word string
	Pos  int
}

func (e *UnknownWordError) Error() string {
	return fmt.Sprintf("unknown word %q at token %d", e.Word, e.Pos)
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() (int, error) {
	if len(*s) == 0 {
		return 0, ErrUnderflow
	}
	v := (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, nil
}
func (s Stack) String() string { return fmt.Sprint([]int(s)) }

type Machine struct {
	stack Stack
	words map[string]func(*Machine) error
	defs  map[string][]string
	out   []string
	depth int
}

func binop(f func(a, b int) (int, error)) func(*Machine) error {
	return func(m *Machine) error {
		b, err := m.stack.Pop()
		if err != nil {
			return err
		}
		a, err := m.stack.Pop()
		if err != nil {
			return err
		}
		r, err := f(a, b)
		if err != nil {
			return err
		}
		m.stack.Push(r)
		return nil
	}
}

func NewMachine() *Machine {
	m := &Machine{words: map[string]func(*Machine) error{}, defs: map[string][]string{}}
	m.words["+"] = binop(func(a, b int) (int, error) { return a + b, nil })
	m.words["-"] = binop(func(a, b int) (int, error) { return a - b, nil })
	m.words["*"] = binop(func(a, b int) (int, error) { return a * b, nil })
	m.words["/"] = binop(func(a, b int) (int, error) {
		if b == 0 {
			return 0, ErrDivZero
		}
		return a / b, nil
	})
	m.words["mod"] = binop(func(a, b int) (int, error) { return a % b, nil })
	m.words["dup"] = func(m *Machine) error {
		v, err := m.stack.Pop()
		if err != nil {
			return fmt.Errorf("dup: %w", err)
		}
		m.stack.Push(v)
		m.stack.Push(v)
		return nil
	}
	m.words["swap"] = func(m *Machine) error {
		if len(m.stack) < 2 {
			return fmt.Errorf("swap: %w", ErrUnderflow)
		}
		n := len(m.stack)
		m.stack[n-1], m.stack[n-2] = m.stack[n-2], m.stack[n-1]
		return nil
	}
	m.words["drop"] = func(m *Machine) error { _, err := m.stack.Pop(); return err }
	m.words["."] = func(m *Machine) error {
		v, err := m.stack.Pop()
		if err == nil {
			m.out = append(m.out, strconv.Itoa(v))
		}
		return err
	}
	m.words["boom"] = func(m *Machine) error {
		var arr []int
		_ = arr[len(m.stack)]
		return nil
	}
	return m
}

func (m *Machine) Run(src string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic in program: %v", r)
		}
	}()
	toks := strings.Fields(strings.ToLower(src))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t == ":" {
			end := i + 2
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			m.defs[toks[i+1]] = append([]string(nil), toks[i+2:end]...)
			i = end
			continue
		}
		if n, convErr := strconv.Atoi(t); convErr == nil {
			m.stack.Push(n)
		} else if body, ok := m.defs[t]; ok {
			m.depth++
			if m.depth > 50 {
				return errors.New("recursion too deep")
			}
			if err := m.Run(strings.Join(body, " ")); err != nil {
				return fmt.Errorf("in %s: %w", t, err)
			}
			m.depth--
		} else if f, ok := m.words[t]; ok {
			if err := f(m); err != nil {
				return err
			}
		} else {
			return &UnknownWordError{Word: t, Pos: i}
		}
	}
	return nil
}

func main() {
	progs := []string{
		"1 2 + 3 * .",
		"10 3 / . 10 3 mod . -7 2 / . -7 2 mod .",
		": sq dup * ; 7 sq . 3 sq sq .",
		"1 0 /",
		"+",
		"5 dup dup * * . swap",
		"1 2 frob",
		": a b ; : b undefinedword ; a",
		": loop loop ; loop",
		"1 2 3 boom",
		"4 5 swap . . 9 drop",
	}
	for _, p := range progs {
		m := NewMachine()
		err := m.Run(p)
		fmt.Printf("%-42q out=%v stack=%v\n", p, m.out, m.stack)
		if err == nil {
			continue
		}
		var uw *UnknownWordError
		switch {
		case errors.Is(err, ErrUnderflow):
			fmt.Println("  underflow:", err)
		case errors.Is(err, ErrDivZero):
			fmt.Println("  divzero:", err, errors.Unwrap(err) == nil)
		case errors.As(err, &uw):
			fmt.Printf("  unknown: %v (word=%s pos=%d) %T\n", err, uw.Word, uw.Pos, errors.Unwrap(err))
		default:
			fmt.Printf("  other: %v\n", err)
		}
	}
	var s Stack
	_, err := s.Pop()
	fmt.Println(s, len(s), s == nil, err)
	var nm *Machine
	var nilErr error
	var words map[string]func(*Machine) error
	var uwp *UnknownWordError
	fmt.Println(nm, nilErr, words, len(words), words["x"] == nil, uwp == nil)
	fmt.Printf("%v %T %T %T %T\n", nilErr, nilErr, uwp, words, NewMachine().words["+"])
	fmt.Printf("%d %v %T\n", []int(nil), map[string]int(nil), ErrUnderflow)
}
