package main

func main() {
	var c chan<- int
	x := <-c
	_ = x
}
