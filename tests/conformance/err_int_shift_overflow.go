package main

func main() {
	x := uint8(1) << 8
	println(x)
}
