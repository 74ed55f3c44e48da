package main

type I interface{ M() }

type T struct{}

func (*T) M() {}

func main() {
	var t T
	var i I = t
	_ = i
}
