package main

type T struct{}

func (T) M() {}

func main() {
	t := T{}
	switch t.(type) {
	case T:
	}
}
