package main

func main() {
	var x any = 1
	y := x.(type)
	_ = y
}
