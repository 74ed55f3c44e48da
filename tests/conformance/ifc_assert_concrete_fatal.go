package main

type I interface{ M() }

type T struct{ a int }
type U struct{ a int }

func (T) M() {}
func (U) M() {}

func main() {
	var i I = U{1}
	t := i.(T)
	println(t.a)
}
