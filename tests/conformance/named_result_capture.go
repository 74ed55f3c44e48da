package main

import "fmt"

// Deferred closures and other closures that only read a named result must see the
// values written by return statements, recovered panics and other closures.

func retConst() (x int) {
	defer func() { println("retConst sees", x) }()
	return 42
}

func retTwo() (a int, s string) {
	defer func() { println("retTwo sees", a, s) }()
	return 7, "seven"
}

func retCall() (a int, err error) {
	defer func() { fmt.Println("retCall sees", a, err) }()
	return pair()
}

func pair() (int, error) { return 3, nil }

func retInLoop(n int) (sum int) {
	defer func() { println("retInLoop sees", sum) }()
	for i := range n {
		if i == 3 {
			return i * 100
		}
	}
	return -1
}

func readerThenReturn() (x int) {
	get := func() int { return x }
	defer func() { println("deferred get", get()) }()
	return 5
}

func nestedClosure() (x int) {
	defer func() {
		func() {
			println("nested sees", x)
		}()
	}()
	return 9
}

func recovered() (x int) {
	defer func() {
		println("recovered sees before recover", x)
		recover()
		x = x * 2
	}()
	x = 21
	panic("boom")
}

func paramRead(p int) int {
	defer func() { println("param sees", p) }()
	p = p + 1
	return p
}

func resultThroughDefers() (r int) {
	defer func() { println("second-run defer sees", r) }()
	defer func() { r += 10 }()
	return 1
}

func bareReturn() (x int) {
	defer func() { println("bareReturn sees", x) }()
	x = 8
	return
}

func main() {
	println(retConst())
	a, s := retTwo()
	println(a, s)
	a, err := retCall()
	fmt.Println(a, err)
	println(retInLoop(10), retInLoop(2))
	println(readerThenReturn())
	println(nestedClosure())
	println(recovered())
	println(paramRead(4))
	println(resultThroughDefers())
	println(bareReturn())
}
