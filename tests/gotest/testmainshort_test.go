package main

import (
	"fmt"
	"testing"
)

func TestMain(m *testing.M) {
	fmt.Println("testing.Testing() =", testing.Testing())
	fmt.Println("short before Run:", testing.Short())
	m.Run()
}

func TestNever(t *testing.T) {
	t.Error("never runs")
}
