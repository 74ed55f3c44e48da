package main

type A struct {
	b []B
	c C
}

type B struct{ a A }

type C struct{ a A }

func main() {}
