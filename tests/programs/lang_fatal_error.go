package main

import (
	"errors"
	"fmt"
	"os"
)

// An unrecovered panic whose value is an error built with %w: the runtime prints Error().

type step struct {
	name string
	run  func() error
}

func runAll(steps []step) {
	for i, s := range steps {
		func() {
			defer fmt.Printf("step %d (%s) finished\n", i, s.name)
			if err := s.run(); err != nil {
				panic(fmt.Errorf("step %q: %w", s.name, err))
			}
		}()
	}
}

func main() {
	defer func() {
		r := recover()
		err, _ := r.(error)
		fmt.Println("main saw:", err, "not-exist:", errors.Is(err, os.ErrNotExist))
		panic(r) // re-panic with the same value
	}()
	runAll([]step{
		{"prepare", func() error { return nil }},
		{"open", func() error { return fmt.Errorf("open config.yaml: %w", os.ErrNotExist) }},
		{"never", func() error { return nil }},
	})
}
