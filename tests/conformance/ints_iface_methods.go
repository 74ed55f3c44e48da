package main

import "fmt"

type Counter interface {
	Inc() Counter
	Val() uint64
}

type C8 uint8
type C64 int64

func (c C8) Inc() Counter  { return c + 1 }
func (c C8) Val() uint64   { return uint64(c) }
func (c C64) Inc() Counter { return c + 1 }
func (c C64) Val() uint64  { return uint64(c) }

func main() {
	cs := []Counter{C8(254), C64(9223372036854775806)}
	for _, c := range cs {
		for i := 0; i < 3; i++ {
			c = c.Inc()
			fmt.Println(c, c.Val())
		}
	}
	var x any = C8(3)
	switch v := x.(type) {
	case uint8:
		fmt.Println("uint8", v)
	case C8:
		fmt.Println("C8", v, uint8(v)+255)
	}
	_, ok := x.(uint8)
	fmt.Println(ok)
	defer func() {
		r := recover()
		fmt.Println(r)
	}()
	panic(cs[0].Inc())
}
