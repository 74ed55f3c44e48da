package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
	POP
	ADD
	SUB
	MUL
	DIV
	DUP
	SWAP
	JMP
	JZ
	PRINT
	CALL
	RET
	HALT
)

var opNames = map[Opcode]string{PUSH: "PUSH", POP: "POP", ADD: "ADD", SUB: "SUB", MUL: "MUL",
	DIV: "DIV", DUP: "DUP", SWAP: "SWAP", JMP: "JMP", JZ: "JZ", PRINT: "PRINT", CALL: "CALL", RET: "RET", HALT: "HALT"}

func (o Opcode) String() string {
	if s, ok := opNames[o]; ok {
		return s
	}
	return "OP" + strconv.Itoa(int(o))
}

type Instr struct {
	Op  Opcode
	Arg int
}

type VMError struct {
	PC    int
	Instr Instr
	Cause error
}

func (e *VMError) Error() string {
	return fmt.Sprintf("pc=%d %v %d: %v", e.PC, e.Instr.Op, e.Instr.Arg, e.Cause)
}
func (e *VMError) Unwrap() error { return e.Cause }

var (
	ErrStackUnderflow = errors.New("stack underflow")
	ErrStepLimit      = errors.New("step limit exceeded")
)

type VM struct {
	stack  []int
	calls  []int
	out    strings.Builder
	steps  int
	trace  func(pc int, in Instr, stack []int)
}

func (vm *VM) pop() int {
	if len(vm.stack) == 0 {
		panic(ErrStackUnderflow)
	}
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(vs ...int) { vm.stack = append(vm.stack, vs...) }

func (vm *VM) Run(prog []Instr, limit int) (err error) {
	pc := 0
	defer func() {
		if r := recover(); r != nil {
			cause, ok := r.(error)
			if !ok {
				panic(r)
			}
			err = &VMError{pc, prog[pc], cause}
		}
	}()
loop:
	for pc < len(prog) {
		in := prog[pc]
		if vm.trace != nil {
			vm.trace(pc, in, vm.stack)
		}
		vm.steps++
		if vm.steps > limit {
			return &VMError{pc, in, ErrStepLimit}
		}
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case POP:
			vm.pop()
		case ADD, SUB, MUL, DIV:
			b, a := vm.pop(), vm.pop()
			var r int
			switch in.Op {
			case ADD:
				r = a + b
			case SUB:
				r = a - b
			case MUL:
				r = a * b
			case DIV:
				r = a / b
			}
			vm.push(r)
		case DUP:
			v := vm.pop()
			vm.push(v, v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b, a)
		case JZ:
			if vm.pop() != 0 {
				break
			}
			fallthrough
		case JMP:
			pc = in.Arg
			continue loop
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case CALL:
			vm.calls = append(vm.calls, pc+1)
			pc = in.Arg
			continue
		case RET:
			pc = vm.calls[len(vm.calls)-1]
			vm.calls = vm.calls[:len(vm.calls)-1]
			continue
		case HALT:
			break loop
		default:
			panic(fmt.Sprintf("bad opcode %v", in.Op))
		}
		pc++
	}
	return nil
}

func assemble(src string) ([]Instr, error) {
	var prog []Instr
	var errs []error
	for n, line := range strings.Split(src, ";") {
		f := strings.Fields(line)
		if len(f) == 0 {
			continue
		}
		var op Opcode = 255
		for k, v := range opNames {
			if v == strings.ToUpper(f[0]) {
				op = k
			}
		}
		if op == 255 {
			errs = append(errs, fmt.Errorf("stmt %d: unknown mnemonic %q", n, f[0]))
			continue
		}
		in := Instr{Op: op}
		if len(f) > 1 {
			a, err := strconv.Atoi(f[1])
			if err != nil {
				errs = append(errs, fmt.Errorf("stmt %d: %w", n, err))
			}
			in.Arg = a
		}
		prog = append(prog, in)
	}
	return prog, errors.Join(errs...)
}

func main() {
	progs := map[string]string{
		"countdown": "push 5; print; push 1; sub; dup; jz 7; jmp 1; halt",
		"factorial": "push 1; push 6; call 4; halt; dup; jz 13; dup; push -1; add; swap; pop; swap; jmp 14; pop; ret; push 0",
		"underflow": "push 1; add",
		"divzero":   "push 1; push 0; div",
		"forever":   "jmp 0",
		"badasm":    "push x; frob 3; push 2",
		"bytecode":  "push 2; push 3; mul; print; push 4; swap; sub; print",
	}
	for _, name := range []string{"countdown", "factorial", "underflow", "divzero", "forever", "badasm", "bytecode"} {
		prog, err := assemble(progs[name])
		if err != nil {
			fmt.Printf("%-10s asm error:\n%v\n", name, err)
			continue
		}
		vm := &VM{}
		if name == "bytecode" {
			vm.trace = func(pc int, in Instr, st []int) { fmt.Printf("  %02d %-5v %3d %v\n", pc, in.Op, in.Arg, st) }
		}
		err = vm.Run(prog, 100)
		var ve *VMError
		fmt.Printf("%-10s out=%q stack=%v steps=%d err=%v\n", name, vm.out.String(), vm.stack, vm.steps, err)
		if errors.As(err, &ve) {
			fmt.Printf("%10s at pc %d: %T underflow=%t limit=%t\n", "", ve.PC, ve.Cause, errors.Is(err, ErrStackUnderflow), errors.Is(err, ErrStepLimit))
		}
	}
	fmt.Println(Opcode(3), Opcode(200), []Opcode{PUSH, HALT}, Instr{JZ, 4})
	fmt.Printf("%v %d %x %08b\n", MUL, MUL, HALT, DIV)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		vm := &VM{}
		vm.Run([]Instr{{Opcode(99), 0}}, 10)
	}()
}
