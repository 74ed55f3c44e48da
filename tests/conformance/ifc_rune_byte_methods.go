package main

import "fmt"

// Methods spelled with int32/uint8 implement interfaces spelled with rune/byte, and the
// other way round: they are the same types.

type RuneSink interface{ Put(r rune) string }
type ByteSink interface{ PutByte(b byte) string }
type Both interface {
	Many(rs []rune, bs []byte) (int32, uint8)
}

type T int

func (t T) Put(c int32) string     { return fmt.Sprint("Put ", c, " ", int(t)) }
func (t T) PutByte(c uint8) string { return fmt.Sprint("PutByte ", c, " ", int(t)) }
func (t T) Many(rs []int32, bs []uint8) (rune, byte) {
	return rs[0], bs[len(bs)-1]
}

type Fmt int

func (f Fmt) Format(s fmt.State, c int32) { fmt.Fprintf(s, "Fmt%d/%c", int(f), c) }

func main() {
	var r RuneSink = T(1)
	fmt.Println(r.Put('a'))
	var b ByteSink = T(2)
	fmt.Println(b.PutByte('b'))
	var m Both = T(3)
	x, y := m.Many([]rune("xyz"), []byte("pq"))
	fmt.Println(x, y)
	var a any = T(4)
	_, ok1 := a.(RuneSink)
	_, ok2 := a.(interface{ Put(int32) string })
	_, ok3 := a.(interface{ Put(rune) string })
	fmt.Println(ok1, ok2, ok3)
	fmt.Println(Fmt(5))
	fmt.Printf("%d %s\n", Fmt(6), Fmt(7))
	var f fmt.Formatter = Fmt(8)
	fmt.Println(f)
}
