package main

import (
	"errors"
	"fmt"
)

// Cleanup is a stack of undo actions. Run pops and runs them newest first; a panicking
// action is reported and does not stop the others.
type Cleanup struct {
	names []string
	fns   []func()
}

func (c *Cleanup) Push(name string, f func()) {
	c.names = append(c.names, name)
	c.fns = append(c.fns, f)
}

func (c *Cleanup) Dismiss() {
	c.names, c.fns = nil, nil
}

func (c *Cleanup) Run() {
	for len(c.fns) > 0 {
		n := len(c.fns) - 1
		name, f := c.names[n], c.fns[n]
		c.names, c.fns = c.names[:n], c.fns[:n]
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Printf("  cleanup %q panicked: %v\n", name, r)
				}
			}()
			fmt.Printf("  cleanup %q\n", name)
			f()
		}()
	}
}

type Resource struct {
	name   string
	closed bool
	broken bool
}

var live int

func Open(name string) *Resource {
	live++
	fmt.Println("  open", name)
	return &Resource{name: name}
}

func (r *Resource) Close() {
	if r.closed {
		panic("double close of " + r.name)
	}
	r.closed = true
	live--
	if r.broken {
		panic(errors.New(r.name + ": flush failed"))
	}
}

type Service struct {
	parts []*Resource
}

func (s *Service) Shutdown() {
	for i := len(s.parts) - 1; i >= 0; i-- {
		s.parts[i].Close()
	}
}

var ErrValidate = errors.New("validation failed")

// Build opens every part; on any failure (error or panic) what was opened is closed
// again, and a panic comes back as an error.
func Build(failAt string, brokenPart string) (svc *Service, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build: %v", r)
		}
	}()
	return build(failAt, brokenPart)
}

func build(failAt string, brokenPart string) (*Service, error) {
	var undo Cleanup
	committed := false
	defer func() {
		if !committed {
			undo.Run() // also runs while a panic is unwinding through build
		}
	}()
	svc := &Service{}
	for _, name := range []string{"db", "cache", "queue", "log"} {
		if name == failAt {
			panic("cannot open " + name)
		}
		r := Open(name)
		r.broken = name == brokenPart
		undo.Push("close "+name, r.Close)
		svc.parts = append(svc.parts, r)
	}
	undo.Push("reset counters", func() { fmt.Println("  counters reset") })
	if failAt == "validate" {
		return nil, fmt.Errorf("build: %w", ErrValidate)
	}
	committed = true
	undo.Dismiss()
	return svc, nil
}

func main() {
	cases := []struct{ failAt, broken string }{
		{"", ""},
		{"queue", ""},
		{"validate", ""},
		{"log", "cache"},
	}
	for _, c := range cases {
		fmt.Printf("build(failAt=%q, broken=%q)\n", c.failAt, c.broken)
		svc, err := Build(c.failAt, c.broken)
		fmt.Printf("  -> ok=%t err=%v validate=%t live=%d\n", svc != nil, err, errors.Is(err, ErrValidate), live)
		if svc != nil {
			svc.Shutdown()
			fmt.Println("  after shutdown live =", live)
			func() {
				defer func() {
					println("second shutdown:", fmt.Sprint(recover()))
				}()
				svc.Shutdown()
			}()
		}
	}
}
