package main

import (
	"fmt"
	"strconv"
	"strings"
)

// A tiny Forth-like language: integers, + - * / mod, dup drop swap over rot,
// . (print), emit, : name ... ; definitions, and cond if ... else ... then.

type VMError struct {
	Word string
	Msg  string
}

func (e VMError) Error() string { return fmt.Sprintf("%s: %s", e.Word, e.Msg) }

type VM struct {
	stack []int
	words map[string][]string
	out   strings.Builder
	depth int
}

func NewVM() *VM { return &VM{words: map[string][]string{}} }

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) pop(word string) int {
	if len(vm.stack) == 0 {
		panic(VMError{word, "stack underflow"})
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) binary(word string, f func(a, b int) int) {
	b, a := vm.pop(word), vm.pop(word)
	vm.push(f(a, b))
}

// skipBranch returns the index of the matching "else"/"then" at depth 0, starting after i.
func skipBranch(toks []string, i int, stopAtElse bool) int {
	depth := 0
	for ; i < len(toks); i++ {
		switch toks[i] {
		case "if":
			depth++
		case "then":
			if depth == 0 {
				return i
			}
			depth--
		case "else":
			if depth == 0 && stopAtElse {
				return i
			}
		}
	}
	panic(VMError{"if", "missing then"})
}

func (vm *VM) exec(toks []string) {
	vm.depth++
	defer func() { vm.depth-- }()
	if vm.depth > 50 {
		panic(VMError{"call", "recursion too deep"})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if body, ok := vm.words[t]; ok {
			vm.exec(body)
			continue
		}
		switch t {
		case "+":
			vm.binary(t, func(a, b int) int { return a + b })
		case "-":
			vm.binary(t, func(a, b int) int { return a - b })
		case "*":
			vm.binary(t, func(a, b int) int { return a * b })
		case "/":
			vm.binary(t, func(a, b int) int { return a / b })
		case "mod":
			vm.binary(t, func(a, b int) int { return a % b })
		case "dup":
			v := vm.pop(t)
			vm.push(v)
			vm.push(v)
		case "drop":
			vm.pop(t)
		case "swap":
			b, a := vm.pop(t), vm.pop(t)
			vm.push(b)
			vm.push(a)
		case "over":
			b, a := vm.pop(t), vm.pop(t)
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case "rot":
			c, b, a := vm.pop(t), vm.pop(t), vm.pop(t)
			vm.push(b)
			vm.push(c)
			vm.push(a)
		case ".":
			fmt.Fprintf(&vm.out, "%d ", vm.pop(t))
		case "emit":
			vm.out.WriteRune(rune(vm.pop(t)))
		case "if":
			if vm.pop(t) == 0 {
				i = skipBranch(toks, i+1, true)
			}
		case "else":
			i = skipBranch(toks, i+1, false)
		case "then":
		case ":":
			end := i + 1
			for end < len(toks) && toks[end] != ";" {
				end++
			}
			if end >= len(toks) || end == i+1 {
				panic(VMError{":", "bad definition"})
			}
			vm.words[toks[i+1]] = toks[i+2 : end : end]
			i = end
		default:
			n, err := strconv.Atoi(t)
			if err != nil {
				panic(VMError{t, "unknown word"})
			}
			vm.push(n)
		}
	}
}

// Run executes a line. Errors leave the stack as it was before the line.
func (vm *VM) Run(line string) (output string, err error) {
	saved := append([]int(nil), vm.stack...)
	vm.out.Reset()
	defer func() {
		output = vm.out.String()
		switch r := recover().(type) {
		case nil:
		case VMError:
			err = r
		case error: // runtime errors such as integer division by zero
			err = fmt.Errorf("runtime: %w", r)
		default:
			panic(r)
		}
		if err != nil {
			vm.stack = saved
			vm.depth = 0
		}
	}()
	vm.exec(strings.Fields(line))
	return output, nil
}

func main() {
	vm := NewVM()
	lines := []string{
		"2 3 + 4 * .",
		": sq dup * ;",
		": cube dup sq * ;",
		"5 sq . 3 cube .",
		"1 2 3 rot . . .",
		": negate 0 swap - ;",
		": double 2 * ;",
		"-4 negate double . 9 negate .",
		"7 1 if 100 else 200 then . 0 if 100 else 200 then .",
		"72 emit 105 emit 10 2 mod .",
		"10 20",
		"+ + +",
		"1 0 /",
		"frob",
		": loop loop ;",
		"loop",
		"3 4 over . . .",
		"1 if 2 if 3 . else 4 . then else 5 . then",
		": ;",
	}
	for _, line := range lines {
		out, err := vm.Run(line)
		fmt.Printf("> %-40s out=%q", line, out)
		if err != nil {
			fmt.Printf(" err=%v", err)
		}
		fmt.Printf(" stack=%v\n", vm.stack)
	}
	println("words defined:", len(vm.words))
}
