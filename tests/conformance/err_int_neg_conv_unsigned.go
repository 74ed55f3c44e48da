package main

func main() {
	x := uint8(-1)
	println(x)
}
