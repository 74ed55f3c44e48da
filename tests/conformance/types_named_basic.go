package main

import "fmt"

type Celsius int
type Name string
type Flag bool

const Boiling Celsius = 100

const (
	Low Celsius = iota * 10
	Mid
	High
)

func warmer(c Celsius, by int) Celsius {
	return c + Celsius(by)
}

func greet(n Name) string {
	return "hello " + string(n)
}

func main() {
	var c Celsius
	fmt.Println("zero:", c)
	c = 21
	c += 5
	fmt.Println("c:", c, "boiling:", Boiling, Low, Mid, High)
	fmt.Println("warmer:", warmer(c, 4))
	n := 7
	c2 := Celsius(n) * 2
	back := int(c2) + 1
	fmt.Println("c2:", c2, "back:", back)
	fmt.Println("compare:", c2 > c, c2 == 14, Boiling-c == 74)

	var nm Name = "gopher"
	nm2 := nm + "!"
	fmt.Println(greet(nm2), len(nm2), string(nm) == "gopher")
	var f Flag = c > 10
	if f {
		fmt.Println("flag set", f, !f)
	}
	var b bool = bool(f)
	fmt.Println("as bool:", b)
	println("println named:", c, nm, f)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		v, ok := r.(Celsius)
		fmt.Println("as Celsius:", v, ok)
		_, ok2 := r.(int)
		fmt.Println("as int:", ok2)
	}()
	panic(c + 1)
}
