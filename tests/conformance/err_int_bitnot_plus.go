package main

func main() {
	x := ^uint8(0) + 1
	println(x)
}
