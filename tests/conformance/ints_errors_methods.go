package main

import (
	"errors"
	"fmt"
)

type Port uint16

type Err struct {
	code int8
}

func (e *Err) Error() string { return "err" }

func (p Port) Check() error {
	if p < 1024 {
		return &Err{code: int8(p)}
	}
	if p == 65535 {
		return errors.New("max")
	}
	return nil
}

type Sizer interface{ Size() uint32 }

type Blob []byte

func (b Blob) Size() uint32 { return uint32(len(b)) * 4294967295 }

func main() {
	for _, p := range []Port{80, 200, 8080, 65535} {
		err := p.Check()
		if e, ok := err.(*Err); ok {
			fmt.Println(p, "Err", e.code)
		} else {
			fmt.Println(p, err)
		}
	}
	var s Sizer = Blob{1, 2, 3}
	fmt.Println(s.Size())
	f := Port(65535).Check
	fmt.Println(f())
	g := Blob{9}.Size
	fmt.Println(g())
}
