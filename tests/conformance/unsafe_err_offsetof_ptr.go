package main

import (
	"fmt"
	"unsafe"
)

type Base struct {
	ID int
}

type Outer struct {
	Name string
	*Base
}

func main() {
	o := Outer{"o", &Base{1}}
	fmt.Println(unsafe.Offsetof(o.Base))
	fmt.Println(unsafe.Offsetof(o.ID))
}
