package main

import "fmt"

func get(i int) any {
	switch i {
	case 0:
		return uint8(200)
	case 1:
		return int8(-100)
	case 2:
		return uint64(18446744073709551615)
	case 3:
		return int32(-1)
	}
	return 300
}

func main() {
	a := get(0).(uint8)
	fmt.Println(a+100, a)
	b, ok := get(1).(int8)
	fmt.Println(b-100, ok)
	c, ok := get(1).(uint8)
	fmt.Println(c, ok)
	d := get(2).(uint64)
	fmt.Println(d, d/2)
	e, ok := get(3).(uint32)
	fmt.Println(e, ok)
	f, ok := get(3).(int32)
	fmt.Println(f, ok)
	fmt.Println(get(0) == any(uint8(200)), get(0) == any(200), get(0) == any(int8(-56)))
	var x any = byte(200)
	var y any = uint8(200)
	fmt.Println(x == y)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	g := get(4).(int64)
	fmt.Println(g)
}
