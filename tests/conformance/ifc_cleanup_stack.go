package main

import "fmt"

type Closer interface{ Close() error }

type File struct {
	name string
	fail bool
}

func (f *File) Close() error {
	fmt.Println("closing", f.name)
	if f.fail {
		return CloseErr{f.name}
	}
	return nil
}

type CloseErr struct{ name string }

func (c CloseErr) Error() string { return "close " + c.name + " failed" }

func run(n int) (err error) {
	var closers []Closer
	var cleanups []func()
	defer func() {
		for i := len(closers) - 1; i >= 0; i-- {
			if e := closers[i].Close(); e != nil && err == nil {
				err = e
			}
		}
		for i := len(cleanups) - 1; i >= 0; i-- {
			cleanups[i]()
		}
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	for i := 0; i < n; i++ {
		f := &File{name: []string{"a", "b", "c"}[i], fail: i == 1}
		closers = append(closers, f)
		j := i
		cleanups = append(cleanups, func() { fmt.Println("cleanup", j) })
	}
	if n == 3 {
		panic("three")
	}
	return nil
}

func main() {
	fmt.Println(run(1))
	fmt.Println(run(2))
	fmt.Println(run(3))
}
