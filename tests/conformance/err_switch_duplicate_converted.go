package main

const k = 3

func main() {
	switch k {
	case 1, 2.0, 3:
		println("small")
	case 2:
		println("two")
	}
}
