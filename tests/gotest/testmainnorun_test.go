package main

import (
	"fmt"
	"testing"
)

func init() {
	for _, f := range []func() bool{testing.Short, testing.Verbose, testing.Testing} {
		func() {
			defer func() { fmt.Println("init: recovered", recover()) }()
			fmt.Println("init: result", f())
		}()
	}
}

func TestMain(m *testing.M) {
	fmt.Println("TestMain does not call Run")
}

func TestNever(t *testing.T) {
	t.Error("never runs")
}
