package main

import (
	"errors"
	"fmt"
)

type Boom int

func (b Boom) String() string { panic("boom") }

type ErrBoom struct{}

func (ErrBoom) Error() string { panic("kaboom") }

type NilPtr struct{ name string }

func (n *NilPtr) String() string { return "NilPtr:" + n.name }

type ValRecv struct{ n int }

func (v ValRecv) String() string { return "ValRecv" + fmt.Sprint(v.n) }

type IntPanic struct{}

func (IntPanic) String() string { panic(42) }

type ErrPanic struct{}

func (ErrPanic) String() string { panic(errors.New("error value")) }

type ErrfPanic struct{}

func (ErrfPanic) String() string { panic(fmt.Errorf("errorf %d", 9)) }

type Idx struct{}

func (Idx) String() string {
	s := []int{1}
	i := 5
	return fmt.Sprint(s[i])
}

type Safe struct{}

func (Safe) String() string { return "safe" }

func main() {
	fmt.Println(fmt.Sprintf("%v", Boom(1)))
	fmt.Println(fmt.Sprintf("%s", Boom(1)))
	fmt.Println(fmt.Sprintf("%d", Boom(1)))
	fmt.Println(fmt.Sprintf("%x", Boom(1)))
	fmt.Println(fmt.Sprint(Boom(2)))
	fmt.Println(fmt.Sprintln(Boom(2), "after"))
	fmt.Println(fmt.Sprintf("%v", ErrBoom{}))
	fmt.Println(fmt.Sprintf("%s|%q", ErrBoom{}, ErrBoom{}))
	var np *NilPtr
	fmt.Println(fmt.Sprintf("%v", np))
	fmt.Println(fmt.Sprintf("%s", np))
	fmt.Println(fmt.Sprint(np))
	fmt.Println(fmt.Sprintf("%v", &NilPtr{"ok"}))
	var vp *ValRecv
	fmt.Println(fmt.Sprintf("%v|%s", vp, vp))
	fmt.Println(fmt.Sprintf("%v", &ValRecv{3}))
	fmt.Println(fmt.Sprintf("%v", IntPanic{}))
	fmt.Println(fmt.Sprintf("%v", ErrPanic{}))
	fmt.Println(fmt.Sprintf("%v", ErrfPanic{}))
	fmt.Println(fmt.Sprintf("%v", Idx{}))
	fmt.Println(fmt.Sprintf("%v %v %v", Safe{}, Boom(0), Safe{}))
	fmt.Println(fmt.Sprintf("%v", []Boom{1, 2}))
	fmt.Println(fmt.Sprintf("%v", map[string]Boom{"a": 1}))
	fmt.Println(fmt.Sprintf("%v", struct{ B Boom }{3}))
	fmt.Println(fmt.Sprintf("%v", []*NilPtr{nil, {"x"}}))
	fmt.Println(fmt.Sprintf("[%10v] [%-12s]", Boom(1), np))
	fmt.Println(fmt.Sprintf("%T", Boom(1)))

	// The panic does not escape, and normal panics still work afterwards.
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		s := fmt.Sprintf("%v", Boom(7))
		fmt.Println("inside:", s)
		panic("real " + s)
	}()
	count := 0
	for i := 0; i < 3; i++ {
		s := fmt.Sprint(Boom(i), i)
		if len(s) > 0 {
			count++
		}
		fmt.Println(s)
	}
	fmt.Println("count", count)
}
