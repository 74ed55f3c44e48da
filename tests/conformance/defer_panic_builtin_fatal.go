package main

func main() {
	defer println("runs after the deferred panic")
	defer panic("deferred panic value")
	println("body")
}
