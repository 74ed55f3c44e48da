package main

var ran int

func a(n int) {
	defer func() { ran++ }()
	b(n - 1)
}

func b(n int) {
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	defer func() { ran++ }()
	c(n - 1)
}

func c(n int) {
	for range 1 {
		defer func() { ran++ }()
	}
	if n <= 0 {
		panic("deep")
	}
	a(n - 1)
}

func main() {
	defer func() { println("defers run:", ran) }()
	a(50)
}
