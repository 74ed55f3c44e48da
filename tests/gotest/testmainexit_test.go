package main

import (
	"fmt"
	"os"
	"testing"
)

// args: -test.run=TestOne

func TestMain(m *testing.M) {
	fmt.Println("setup")
	code := m.Run()
	fmt.Println("code", code)
	os.Exit(code + 3)
}

func TestOne(t *testing.T) {
	t.Log("one")
}

func TestTwo(t *testing.T) {
	t.Error("two fails")
}
