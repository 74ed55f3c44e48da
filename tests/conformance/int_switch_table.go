// Integer switches with constant cases (dispatched through a table or a binary search):
// negative and extreme keys, several keys per case, tagless switches of x == K.
package main

func f(x int) string {
	switch x {
	case -5:
		return "neg5"
	case 0, 1:
		return "zero-one"
	case 2:
		return "two"
	case 9223372036854775807:
		return "max"
	case -9223372036854775808:
		return "min"
	case 100:
		return "hundred"
	default:
		return "other"
	}
}

func g(x int) int {
	switch {
	case x == 3:
		return 30
	case x == 4:
		return 40
	case x == 5:
		return 50
	case x == 6:
		return 60
	}
	return -1
}

func main() {
	for _, x := range []int{-5, 0, 1, 2, 3, 100, 9223372036854775807, -9223372036854775808, 101, -6} {
		println(x, f(x), g(x))
	}
	for i := 0; i < 8; i++ {
		println(g(i))
	}
}
