package main

func main() {
	println(1, -2, 0, 9223372036854775807, -9223372036854775808)
	println(true, false)
	println("s", "t", "")
	println()
	println("mixed", 1, true, "x")
	print("no", "spaces", 1, 2, true, "\n")
	print(-5, "\n")
	x := 3
	b := x > 2
	s := "str"
	println(x, b, s, x*2, !b, s+s)
	print("last line\n")
}
