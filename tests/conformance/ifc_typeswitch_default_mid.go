package main

import (
	"errors"
	"fmt"
)

type T struct{ a int }

func (t T) String() string { return "T" }

func kind(x any) string {
	switch x.(type) {
	case int:
		return "int"
	default:
		return "default"
	case nil:
		return "nil"
	case string, bool:
		return "string|bool"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	}
}

func show(x any) {
	switch v := x.(type) {
	case int, string:
		fmt.Println("multi", v)
	case T:
		fmt.Println("T.a", v.a, v)
	case *T:
		fmt.Println("*T", v.a)
		v.a = 100
	case nil:
		fmt.Println("nil", v)
	default:
		fmt.Println("dflt", v)
	}
}

func main() {
	vals := []any{1, "s", true, nil, errors.New("e"), T{1}, &T{2}, []int{1}}
	for _, v := range vals {
		fmt.Println(kind(v))
		show(v)
	}
	p := &T{3}
	show(p)
	fmt.Println(p.a)
	var e error
	fmt.Println(kind(e))
}
