package main

import (
	"fmt"
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("setup in TestMain")
	code := m.Run()
	fmt.Println("teardown, code =", code)
	os.Setenv("X", "y")
}

func TestOne(t *testing.T) {
	t.Log("one")
}

func TestTwo(t *testing.T) {
	t.Error("two fails")
}
