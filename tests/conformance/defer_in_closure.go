package main

func main() {
	defer println("main defer")
	f := func(n int) int {
		defer println("closure defer", n)
		return n * 2
	}
	println("got", f(1))
	println("got", f(2))
	func() {
		defer println("immediate literal defer")
		println("inside literal")
	}()
	g := func() func() {
		defer println("outer literal defer")
		return func() {
			defer println("inner literal defer")
		}
	}
	g()()
	println("main end")
}
