package main

func down(n int) {
	defer println("unwind", n)
	if n == 0 {
		panic("at the bottom")
	}
	down(n - 1)
}

func main() {
	defer func() {
		println("main recovered:", recover().(string))
	}()
	down(4)
}
