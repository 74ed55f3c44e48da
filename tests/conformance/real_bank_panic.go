package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Logger struct {
	min   Level
	lines []string
}

func (lg *Logger) Log(l Level, format string, args ...any) {
	if l < lg.min {
		return
	}
	lg.lines = append(lg.lines, fmt.Sprintf("[%5s] ", l)+fmt.Sprintf(format, args...))
}

type Tx struct {
	id      int
	ops     []string
	undo    []func()
	log     *Logger
	balance *int
}

func (t *Tx) Apply(delta int) {
	old := *t.balance
	*t.balance += delta
	t.ops = append(t.ops, fmt.Sprintf("%+d", delta))
	t.undo = append(t.undo, func() { *t.balance = old })
	if *t.balance < 0 {
		panic(fmt.Errorf("tx %d: balance went negative (%d)", t.id, *t.balance))
	}
}

func (t *Tx) Rollback() {
	for i := len(t.undo) - 1; i >= 0; i-- {
		t.undo[i]()
	}
	t.log.Log(Warn, "tx %d rolled back %d ops: %s", t.id, len(t.ops), strings.Join(t.ops, ","))
}

func runTx(id int, bal *int, lg *Logger, deltas ...int) (err error) {
	tx := &Tx{id: id, log: lg, balance: bal}
	defer func() {
		if r := recover(); r != nil {
			tx.Rollback()
			if e, ok := r.(error); ok {
				err = e
				return
			}
			panic(r)
		}
		lg.Log(Info, "tx %d committed %v -> %d", id, tx.ops, *bal)
	}()
	for _, d := range deltas {
		tx.Apply(d)
	}
	return nil
}

func deferOrder() (s string) {
	for i := 0; i < 4; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	defer func(n int) { s += fmt.Sprintf("[%d]", n) }(len(s))
	s = "start:"
	return s + "ret:"
}

func nested() (out []string) {
	defer func() {
		r := recover()
		out = append(out, fmt.Sprintf("outer recovered %v", r))
	}()
	func() {
		defer func() {
			r := recover()
			out = append(out, fmt.Sprintf("inner recovered %v", r))
			panic(fmt.Sprintf("re-panic(%v)", r))
		}()
		panic("first")
	}()
	out = append(out, "unreachable")
	return
}

type cleanup struct{ name string }

func (c cleanup) Close() { fmt.Println("close", c.name) }

func main() {
	lg := &Logger{min: Debug}
	bal := 100
	results := []error{
		runTx(1, &bal, lg, 10, -20, 5),
		runTx(2, &bal, lg, -50, -60, 30),
		runTx(3, &bal, lg),
		runTx(4, &bal, lg, -95),
	}
	for i, err := range results {
		fmt.Printf("tx%d err=%v\n", i+1, err)
	}
	fmt.Println("balance:", bal)
	lg.Log(Debug, "debug %s", "msg")
	lg.Log(Level(7), "odd level")
	fmt.Println(strings.Join(lg.lines, "\n"))
	fmt.Println(deferOrder())
	fmt.Printf("%q\n", nested())
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println("conversion:", err)
			var te interface{ RuntimeError() }
			fmt.Println(errors.As(err, &te))
		}()
		var x any = 3.5
		_ = x.(fmt.Stringer)
	}()
	func() {
		defer func() { fmt.Println("slice:", recover()) }()
		s := make([]int, 3, 5)
		i, j := 4, 2
		_ = s[i:j]
	}()
	func() {
		defer func() { fmt.Println("custom:", recover()) }()
		panic(errors.Join(errors.New("a"), errors.New("b")))
	}()
	defer cleanup{"db"}.Close()
	c := cleanup{"file"}
	defer c.Close()
	c.name = "changed"
	fmt.Fprintln(os.Stderr, "about to fail")
	runTx(5, &bal, lg, 1, 2, 3)
	defer fmt.Println("last defer")
	panic(fmt.Sprintf("fatal: %d lines", len(lg.lines)))
}
