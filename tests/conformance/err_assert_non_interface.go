package main

func main() {
	x := 3
	v := x.(int)
	println(v)
}
