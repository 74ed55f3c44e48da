package main

import "fmt"

type State interface {
	Next(c string) State
	Name() string
}

type Start struct{}
type InWord struct{ n int }
type Done struct{ words int }

func (Start) Name() string  { return "start" }
func (w InWord) Name() string { return "word" }
func (d *Done) Name() string  { return "done" }

func (Start) Next(c string) State {
	if c == " " {
		return Start{}
	}
	if c == "." {
		return &Done{0}
	}
	return InWord{1}
}

func (w InWord) Next(c string) State {
	if c == " " {
		return Start{}
	}
	if c == "." {
		return &Done{1}
	}
	return InWord{w.n + 1}
}

func (d *Done) Next(c string) State {
	panic(StateErr{"input after done: " + c})
}

type StateErr struct{ msg string }

func (s StateErr) Error() string { return s.msg }

func run(in []string) (names []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	var s State = Start{}
	for _, c := range in {
		s = s.Next(c)
		names = append(names, s.Name())
	}
	return names, nil
}

func main() {
	fmt.Println(run([]string{"a", "b", " ", "c", "."}))
	n, err := run([]string{"a", ".", "x"})
	fmt.Println(n, err)
	se, ok := err.(StateErr)
	fmt.Println(se.msg, ok)
}
