package main

// args: -test.run=TestA
// args: -test.run=TestA/sub
// args: -test.run=TestA/sub1$
// args: -test.run=/sub2
// args: -test.run=TestA|TestC
// args: -test.run=TestA/sub|TestB/x
// args: -test.run=NoSuchTest
// args: -test.run=TestA/nosuch
// args: -test.skip=TestB
// args: -test.skip=TestA/sub1
// args: -test.run=TestA -test.skip=/sub2
// args: -test.run=Test[AB]/(sub|x)[12]?
// args: -test.run=TestA/with_space
// args: -test.count=2
// args: -test.count=2 -test.run=TestC
// args: -test.count=0
// args: -test.failfast=true
// args: -test.failfast=true -test.count=3
// args: -test.short=true
// args: -test.run=(
// args: -test.run=TestA/[
// args: -test.skip=a(
// args: -test.run=TestA -test.run=TestB
// args: -test.run=^$
// args: -test.v -test.count 2 -test.run TestC
// args: '-test.run=TestA/(sub1|other)/deeper|TestB/x2$'
// args: '-test.run=TestA/[/]'
// args: '-test.run=TestA/with\x20space'
// args: '-test.run=TestA/sub1/deeper/extra'
// args: '-test.run=TestA//deeper'
// args: '-test.run=Test(A|B)/.*[12]$'
// args: -test.skip=/deeper
// args: '-test.skip=TestB|TestA/(sub1|other)'

import (
	"fmt"
	"testing"
)

func TestA(t *testing.T) {
	fmt.Println("TestA body")
	for _, n := range []string{"sub1", "sub2", "other", "with space"} {
		t.Run(n, func(t *testing.T) {
			fmt.Println("running", t.Name())
			t.Run("deeper", func(t *testing.T) {
				fmt.Println("running", t.Name())
			})
		})
	}
}

func TestB(t *testing.T) {
	fmt.Println("TestB body")
	t.Run("x1", func(t *testing.T) { t.Error("x1 fails") })
	t.Run("x2", func(t *testing.T) { fmt.Println("x2 runs") })
}

func TestC(t *testing.T) {
	fmt.Println("TestC body, short =", testing.Short())
}
