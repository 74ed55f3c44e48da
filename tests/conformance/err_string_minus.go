package main

func main() {
	a, b := "x", "y"
	println(a - b)
}
