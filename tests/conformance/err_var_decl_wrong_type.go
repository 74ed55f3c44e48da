package main

func main() {
	var ok bool = 1
	println(ok)
}
