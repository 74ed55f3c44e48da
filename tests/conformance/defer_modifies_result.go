package main

func named() (n int) {
	defer func() { n *= 10 }()
	n = 1
	return n + 1
}

func unnamedResult() int {
	n := 1
	defer func() { n *= 10 }()
	return n + 1
}

func shadow() (s string) {
	defer func() { s += "!" }()
	{
		s := "inner"
		_ = s
	}
	return "outer"
}

func twice() (a, b int) {
	defer func() { a, b = b, a }()
	defer func() { a += 100 }()
	return 1, 2
}

func main() {
	println(named(), unnamedResult(), shadow())
	println(twice())
}
