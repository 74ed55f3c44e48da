package main

func main() {
	var n int
	n = "five"
	println(n)
}
