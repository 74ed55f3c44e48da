package main

import (
	"errors"
	"fmt"
)

type Name string
type Count int

func show(label string, s string) {
	fmt.Println(label + "=[" + s + "]")
}

func main() {
	zero := 0.0
	negz := -zero
	nan := zero / zero
	inf := 1 / zero

	show("ints", fmt.Sprint(1, 2, 3))
	show("neg", fmt.Sprint(-1, -200, 0))
	show("int types", fmt.Sprint(int8(-128), int16(32767), int32(-2147483648), int64(9223372036854775807)))
	show("uint types", fmt.Sprint(uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uintptr(77)))
	show("strings", fmt.Sprint("a", "b", "c"))
	show("empty strings", fmt.Sprint("", "", ""))
	show("string int", fmt.Sprint("a", 1))
	show("int string", fmt.Sprint(1, "a"))
	show("mixed", fmt.Sprint("a", 1, 2, "b", "c", 3.5, true))
	show("bools", fmt.Sprint(true, false, true))
	show("bool string", fmt.Sprint(true, "x", false))
	show("floats", fmt.Sprint(1.5, 2.0, -0.25, 1e20, 1e21, 1e-4, 1e-5, 123456789.0))
	show("float specials", fmt.Sprint(nan, inf, -inf, negz, zero))
	show("float32", fmt.Sprint(float32(0.1), float32(1)/3, float32(16777216), float32(3.4028235e38)))
	show("float64 of float32", fmt.Sprint(float64(float32(0.1))))
	show("huge tiny", fmt.Sprint(1.7976931348623157e308, 5e-324, 2.2250738585072014e-308))
	show("complex", fmt.Sprint(complex(1, 2), complex(-1.5, -0.5), complex64(complex(3, 0))))
	show("nil", fmt.Sprint(nil))
	show("nils", fmt.Sprint(nil, nil))
	show("nil string", fmt.Sprint(nil, "x", nil))
	var e error
	show("nil error", fmt.Sprint(e))
	show("error", fmt.Sprint(errors.New("bad thing")))
	show("errors", fmt.Sprint(errors.New("e1"), errors.New("e2")))
	show("error string", fmt.Sprint(errors.New("e1"), "s", errors.New("e2")))
	show("named string", fmt.Sprint(Name("x"), Name("y"), 1, Name("z")))
	show("named int", fmt.Sprint(Count(1), Count(2), "c", Count(3)))
	show("runes", fmt.Sprint('a', 'b', byte('c')))
	show("no args", fmt.Sprint())
	var iface interface{} = 42
	show("iface", fmt.Sprint(iface, iface))
	var sface interface{} = "str"
	show("siface", fmt.Sprint(sface, 1, sface))

	show("ln ints", fmt.Sprintln(1, 2, 3))
	show("ln strings", fmt.Sprintln("a", "b", "c"))
	show("ln mixed", fmt.Sprintln("a", 1, 2, "b", "c", 3.5, true))
	show("ln empty", fmt.Sprintln())
	show("ln one", fmt.Sprintln("only"))
	show("ln nil", fmt.Sprintln(nil, e, "x"))
	show("ln floats", fmt.Sprintln(nan, -inf, negz, 1e21, 1e20, 0.000001, 0.0000001))
	show("ln error", fmt.Sprintln(errors.New("oops"), 7))
	show("ln complex", fmt.Sprintln(complex(0, -1), complex(nan, inf)))
	show("ln empty str", fmt.Sprintln("", "", 1, ""))

	// Results used as values.
	s := fmt.Sprint(10, 20)
	t := fmt.Sprint("10 20")
	fmt.Println(s == t, len(s), len(fmt.Sprintln(1)))
	acc := ""
	for i := 0; i < 5; i++ {
		acc += fmt.Sprint(i, i*i)
		acc += fmt.Sprint(",")
	}
	fmt.Println(acc)
	fmt.Print(fmt.Sprintln("via Print", 1, true))
	fmt.Print(fmt.Sprint("no newline", 2), "\n")
}
