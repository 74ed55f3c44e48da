package main

import "fmt"

type Celsius int16
type Flags uint8
type ID uint64

func (c Celsius) Add(d Celsius) Celsius { return c + d }
func (f Flags) Has(b Flags) bool        { return f&b != 0 }
func (f *Flags) Set(b Flags)            { *f |= b }
func (f *Flags) Clear(b Flags)          { *f &^= b }
func (i ID) Next() ID                   { return i + 1 }

const (
	FA Flags = 1 << iota
	FB
	FC
	FH Flags = 128
)

func main() {
	var c Celsius = 32767
	fmt.Println(c.Add(1), c.Add(-32768))
	var f Flags
	f.Set(FA)
	f.Set(FH)
	fmt.Println(f, f.Has(FB), f.Has(FH), f > 128, ^f)
	f.Clear(FA)
	fmt.Println(f, FC)
	var id ID = 18446744073709551615
	fmt.Println(id.Next(), id > 5)
	println(f, id, c)
	var u uint8 = uint8(f)
	fmt.Println(u, Flags(u+200))
	x := Celsius(int8(-5))
	fmt.Println(x, x*x*x*x*x*x*x)
}
