package main

import "fmt"

var log []string

func note(s string) string {
	log = append(log, "eval "+s)
	return s
}

func show(a, b string) { fmt.Println("run", a, b) }

type T struct{ name string }

func (t T) Val(s string)  { fmt.Println("T.Val", t.name, s) }
func (t *T) Ptr(s string) { fmt.Println("T.Ptr", t.name, s) }

func getT(name string) *T {
	log = append(log, "getT "+name)
	return &T{name}
}

func pick(name string) func(string, string) {
	log = append(log, "pick "+name)
	return func(a, b string) { fmt.Println("picked", name, a, b) }
}

func order() {
	defer show(note("1a"), note("1b"))
	defer pick("fn")(note("2a"), note("2b")) // function value and args evaluated now
	t := getT("first")
	defer t.Val(note("3"))        // receiver copied now
	defer getT("second").Ptr("4") // getT runs now
	t.name = "changed"
	defer t.Ptr("5") // pointer receiver: sees later changes
	t.name = "final"
	fmt.Println(log)
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func(v int) { n += v }(n) // n is 0 when the defer statement runs
	n = 10
	return n + 1 // n = 11, then +0, then *2
}

func loopDefers() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop defer", i)
	}
	fmt.Println("loop body done")
}

func deferNilFunc() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var f func(string)
	defer f(note("arg of nil func")) // the panic happens when the deferred call runs
	fmt.Println("after deferring a nil func")
	return nil
}

func deferArgPanics() (msg string) {
	defer func() {
		msg = fmt.Sprint("recovered: ", recover())
	}()
	var m map[string][]int
	defer fmt.Println("never deferred", m["k"][0]) // evaluating the argument panics immediately
	fmt.Println("not reached")
	return
}

func deferBuiltins() (s []int) {
	s = []int{1, 2, 3}
	m := map[string]int{"a": 1, "b": 2}
	defer delete(m, "a")
	defer func() { fmt.Println("map at this point:", m) }()
	ch := make(chan int, 1)
	defer close(ch)
	defer copy(s, []int{9, 9})
	defer fmt.Println("panic-free builtins deferred")
	return s
}

func main() {
	order()
	fmt.Println(counter())
	loopDefers()
	log = nil
	err := deferNilFunc()
	fmt.Println(err, log)
	fmt.Println(deferArgPanics())
	fmt.Println(deferBuiltins())
	println("defer order done")
}
