package main

import "fmt"

// gc's escape analysis raises the loop depth at a label that a later goto
// targets, for the rest of the enclosing statement list; if/for/switch
// bodies restore it, a bare { } block does not.

func bareBlock() {
	{
		i := 0
	L:
		i++
		if i < 2 {
			goto L
		}
	}
	defer fmt.Println("after bare block, gc: heap")
}

func ifBlock(c bool) {
	if c {
		i := 0
	L:
		i++
		if i < 2 {
			goto L
		}
	}
	defer fmt.Println("after if block, gc: open-coded")
}

func sameLevel() {
	defer fmt.Println("before loop label, gc: stack")
	i := 0
L:
	i++
	if i < 3 {
		goto L
	}
	defer fmt.Println("after goto loop, gc: heap", i)
}

func labeledFor() {
	n := 0
outer:
	for i := 0; i < 3; i++ {
		n++
		if n == 2 {
			goto outer
		}
	}
	defer fmt.Println("after goto-restarted for, gc: heap", n)
}

func continueOnly() {
outer:
	for i := 0; i < 3; i++ {
		if i == 1 {
			continue outer
		}
	}
	defer fmt.Println("after continue-labeled for, gc: open-coded")
}

func main() {
	bareBlock()
	ifBlock(true)
	sameLevel()
	labeledFor()
	continueOnly()
}
