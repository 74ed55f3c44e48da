package main

type U uint64

func f(v U) {
	panic(v)
}

func main() {
	var x U = 0
	x--
	f(x)
}
