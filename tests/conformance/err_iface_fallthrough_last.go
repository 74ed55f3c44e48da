package main

func main() {
	x := 1
	switch x {
	case 1:
		println(1)
	case 2:
		println(2)
		fallthrough
	}
}
