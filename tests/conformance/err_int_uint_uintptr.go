package main

func main() {
	var a uint = 1
	var b uintptr = 2
	println(a < b)
}
