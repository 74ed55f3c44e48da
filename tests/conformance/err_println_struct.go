package main

type T struct{ n int }

func main() {
	println(T{1})
}
