package main

func main() {
	c := make(chan int)
	var s string
	s = <-c
	_ = s
}
