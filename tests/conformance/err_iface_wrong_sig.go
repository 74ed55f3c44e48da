package main

type I interface{ M(int) string }

type T struct{}

func (T) M(x int) int { return x }

func use(i I) {}

func main() {
	use(T{})
}
