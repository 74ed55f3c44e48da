package main

import (
	"fmt"
	"math/bits"
)

func main() {
	const max = ^uint64(0)
	adds := [][3]uint64{{1, 2, 0}, {max, 1, 0}, {max, 0, 1}, {max, max, 1}, {1 << 63, 1 << 63, 0}, {0, 0, 1}}
	for _, a := range adds {
		sum, carry := bits.Add64(a[0], a[1], a[2])
		fmt.Printf("Add64(%x, %x, %d) = %x carry %d\n", a[0], a[1], a[2], sum, carry)
	}
	subs := [][3]uint64{{5, 3, 0}, {3, 5, 0}, {0, 0, 1}, {0, max, 1}, {max, max, 0}, {1 << 63, 1, 1}}
	for _, s := range subs {
		diff, borrow := bits.Sub64(s[0], s[1], s[2])
		fmt.Printf("Sub64(%x, %x, %d) = %x borrow %d\n", s[0], s[1], s[2], diff, borrow)
	}
	muls := [][2]uint64{{2, 3}, {max, 2}, {max, max}, {1 << 32, 1 << 32}, {0x123456789abcdef0, 0xfedcba9876543210}, {0, max}}
	for _, m := range muls {
		hi, lo := bits.Mul64(m[0], m[1])
		fmt.Printf("Mul64(%x, %x) = hi %x lo %x\n", m[0], m[1], hi, lo)
	}
	divs := [][3]uint64{{0, 100, 7}, {1, 0, 2}, {5, 12345, 10}, {0x123, 0x456789abcdef0123, 0x1000}, {max - 1, max, max}}
	for _, d := range divs {
		q, r := bits.Div64(d[0], d[1], d[2])
		fmt.Printf("Div64(%x, %x, %x) = q %x r %x\n", d[0], d[1], d[2], q, r)
	}

	// 128-bit multiply then divide back.
	x, y := uint64(0xdeadbeefcafebabe), uint64(0x0123456789abcdef)
	hi, lo := bits.Mul64(x, y)
	q, r := bits.Div64(hi, lo, y)
	fmt.Println("roundtrip", q == x, r)

	// 128-bit addition chain.
	var accHi, accLo uint64
	for i := 0; i < 10; i++ {
		var c uint64
		accLo, c = bits.Add64(accLo, max-uint64(i), 0)
		accHi, _ = bits.Add64(accHi, 0, c)
	}
	fmt.Printf("acc %x %x\n", accHi, accLo)

	func() {
		defer func() {
			fmt.Println("Div64 by zero:", recover())
		}()
		zero := uint64(0)
		bits.Div64(0, 1, zero)
		fmt.Println("not reached")
	}()
	func() {
		defer func() {
			fmt.Println("Div64 overflow:", recover())
		}()
		bits.Div64(5, 0, 5)
		fmt.Println("not reached")
	}()
}
