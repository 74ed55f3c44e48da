package names

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
)

type Point struct{ X, Y int }

func (p Point) Where() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func (p *Point) Move() string {
	pc, _, _, _ := runtime.Caller(0)
	return runtime.FuncForPC(pc).Name()
}

func caller() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

// The names gc gives a test package's types (by its package clause) and functions (by
// its import path, command-line-arguments).
func TestNames(t *testing.T) {
	p := Point{1, 2}
	fmt.Printf("%T %v %+v %#v\n", p, p, p, p)
	fmt.Printf("%T %T\n", &p, []Point{})
	fmt.Println(p.Where())
	fmt.Println(p.Move())
	fmt.Println(caller())
	func() {
		fmt.Println(caller())
	}()
	var err error = fmt.Errorf("wrapped: %w", errors.New("inner"))
	fmt.Printf("%T\n", err)
	var v any = p
	if _, ok := v.(fmt.Stringer); !ok {
		fmt.Printf("%T is no Stringer\n", v)
	}
}

// A panicking test: the trace's frames name the package command-line-arguments.
func TestPanicNames(t *testing.T) {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		pc := make([]uintptr, 10)
		n := runtime.Callers(1, pc)
		frames := runtime.CallersFrames(pc[:n])
		for {
			f, more := frames.Next()
			if f.Function == "testing.tRunner" || !more {
				break
			}
			// (The runtime's own frames differ: gc's map write panics in mapassign.)
			if strings.HasPrefix(f.Function, "command-line-arguments.") {
				fmt.Println(" ", f.Function)
			}
		}
	}()
	var m map[Point]int
	m[Point{}] = 1
}
