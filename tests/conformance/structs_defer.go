package main

import "fmt"

type State struct {
	step  int
	log   []string
	ok    bool
}

func run(fail bool) (st State) {
	defer func() {
		if r := recover(); r != nil {
			st.ok = false
			st.log = append(st.log, "recovered")
		}
	}()
	defer fmt.Println("defer arg copy:", st.step, st.ok)
	st.step = 1
	st.log = append(st.log, "start")
	defer func(s State) {
		fmt.Println("param copy step:", s.step, "named result step:", st.step)
	}(st)
	st.step = 2
	st.ok = true
	if fail {
		panic("fail at step 2")
	}
	st.step = 3
	st.log = append(st.log, "done")
	return st
}

func replace() (s State) {
	defer func() {
		s = State{step: 42, ok: true}
	}()
	return State{step: 1}
}

func main() {
	fmt.Println(run(false))
	fmt.Println(run(true))
	fmt.Println(replace())
	st := State{step: 10}
	defer fmt.Println("main defer value:", st.step)
	defer func() { fmt.Println("main defer closure:", st.step) }()
	st.step = 20
}
