package main

func f() {
	defer func() {
		panic("second")
	}()
	defer panic("first")
	println("in f")
}

func g(x int) {
	defer println("g defer", x)
	defer h(x)
	panic("g panic")
}

func h(x int) {
	panic(x)
}

func main() {
	defer func() {
		recover()
		f()
	}()
	g(3)
}
