package main

func main() {
	var f func()
	defer println("earlier defer still runs")
	defer f()
	println("defer of a nil func value does not panic yet")
}
