package main

func main() {
	x := 2
	switch x {
	case 1, 2:
		println("one or two")
	case 3, 1:
		println("three")
	}
}
