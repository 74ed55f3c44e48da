package main

import (
	"errors"
	"fmt"
)

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string { return "base:" + b.Name }
func (b *Base) Rename(n string)  { b.Name = n }

type Logger struct{ prefix string }

func (l *Logger) Log(msg string) { fmt.Println(l.prefix + msg) }

type Service struct {
	Base
	*Logger
	calls int
}

type Describer interface{ Describe() string }
type Renamer interface{ Rename(string) }

type MyErr struct{ Base }

func (e MyErr) Error() string { return "myerr " + e.Name }

func main() {
	s := Service{Base: Base{1, "svc"}, Logger: &Logger{"[svc] "}}
	fmt.Println(s.ID, s.Name, s.Base.Name)
	s.Rename("renamed")
	s.Log("hello " + s.Name)
	var d Describer = s
	fmt.Println(d.Describe())
	var r Renamer = &s
	r.Rename("via iface")
	fmt.Println(s.Name)
	f := s.Describe
	s.ID = 99
	fmt.Println(f(), s.Describe())
	var err error = MyErr{Base{2, "boom"}}
	fmt.Println(err, errors.New("x") != err)
	p := &s
	p.ID = 7
	fmt.Println(p.Describe(), s.Base, s.calls)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var t Service
	t.Log("nil logger")
}
