package main

func main() {
	panic(uint8(5))
}
