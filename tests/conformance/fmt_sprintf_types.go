package main

import (
	"errors"
	"fmt"
)

type T struct {
	A int
	B string
}

type MyInt int
type MyErr struct{}

func (*MyErr) Error() string { return "my" }

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var e error
	var ip *int
	var sh Shape = Sq{2}
	var any interface{}
	f := func() {}
	g := func(int, string) (bool, error) { return false, nil }
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T|%T|%T", 1, "s", true, 1.5, 'r', byte(1)))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T|%T|%T|%T", int8(1), int16(1), int32(1), int64(1), uint(1), uint8(1), uint16(1)))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T|%T|%T", uint32(1), uint64(1), uintptr(1), float32(1), complex64(1), 2i))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T", []int{}, map[string]int{}, [3]bool{}, [][]string{}))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T", T{}, &T{}, []T{}, map[T]*T{}))
	fmt.Println(fmt.Sprintf("%T|%T|%T", MyInt(1), &MyErr{}, []MyInt{}))
	fmt.Println(fmt.Sprintf("%T|%T|%T", f, g, func(...int) {}))
	fmt.Println(fmt.Sprintf("%T|%T|%T|%T|%T", e, nil, any, ip, sh))
	fmt.Println(fmt.Sprintf("%T|%T", errors.New("x"), fmt.Errorf("y %d", 1)))
	var err error = &MyErr{}
	fmt.Println(fmt.Sprintf("%T|%T", err, []error{}))
	fmt.Println(fmt.Sprintf("%T|%T", struct{}{}, struct {
		X int
		y string
	}{}))
	fmt.Println(fmt.Sprintf("%T|%T|%T", []interface{}{}, map[string]interface{}{}, &[]int{}))
	fmt.Println(fmt.Sprintf("%T|%T", new(int), new(*T)))
	fmt.Println(fmt.Sprintf("[%10T] [%-10T] [%T]", 1, "s", [2]T{}))
	vals := []interface{}{1, "two", 3.0, nil, T{}, &T{}, MyInt(5), []byte{}, err, sh, map[int]bool{}}
	for i, v := range vals {
		fmt.Println(fmt.Sprintf("%d: %T", i, v))
	}
	fmt.Println(fmt.Sprintf("%T %v", sh, sh))
	fmt.Println(fmt.Sprintf("%%|%5%|%-5%|%v%%", 1))
}
