package main

import (
	"errors"
	"fmt"
)

type Logger interface{ Log(s string) }

type Mem struct{ lines []string }

func (m *Mem) Log(s string) { m.lines = append(m.lines, s) }

type Std struct{ prefix string }

func (s Std) Log(x string) { fmt.Println(s.prefix + x) }

type Service struct {
	name string
	log  Logger
	err  error
}

func (s *Service) Run(fail bool) {
	defer func() {
		if r := recover(); r != nil {
			s.err = r.(error)
			s.log.Log("recovered " + s.err.Error())
		}
	}()
	s.log.Log("run " + s.name)
	if fail {
		panic(errors.New("fail in " + s.name))
	}
}

func main() {
	m := &Mem{}
	svcs := []*Service{{"a", m, nil}, {name: "b", log: Std{"> "}}, {"c", m, nil}}
	for i, s := range svcs {
		s.Run(i == 1 || i == 2)
	}
	for _, l := range m.lines {
		fmt.Println(l)
	}
	for _, s := range svcs {
		fmt.Println(s.name, s.err)
	}
	svcs[0].log = svcs[1].log
	svcs[0].Run(true)
	fmt.Println(svcs[0].err)
}
