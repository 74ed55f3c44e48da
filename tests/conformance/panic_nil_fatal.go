package main

func main() {
	defer println("deferred before the nil panic")
	panic(nil)
}
