package main

func one(a int) int { return a }

func main() {
	println(one(1, 2))
}
