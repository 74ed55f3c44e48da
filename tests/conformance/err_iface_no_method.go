package main

type I interface{ M() }

type T struct{}

func (T) M() {}
func (T) N() {}

func main() {
	var i I = T{}
	i.N()
}
