package main

func main() {
	n := 1
	s := "a"
	println(n + s)
}
