package main

import (
	"errors"
	"fmt"
	"math"
)

type MyInt int
type MyUint uint16
type MyFloat float64
type MyStr string
type MyBool bool
type L []int
type M map[string]int
type A [2]MyStr
type F func(int) string

type T struct {
	A int
	b string
}

type Inner struct{ X, Y int }

type Outer struct {
	Inner
	P  *Inner
	S  []string
	M  map[int]bool
	I  interface{}
	E  error
	F  F
	B  []byte
	u  uint8
	_  int
	Ar [2]T
}

type I interface{ M() }

type Holder struct {
	I  I
	St fmt.Stringer
	Ok bool
}

// G has a GoString method (value receiver).
type G struct{ n int }

func (g G) GoString() string { return fmt.Sprintf("G(%d)", g.n) }

// PG has a GoString method on its pointer.
type PG struct{ n int }

func (g *PG) GoString() string { return fmt.Sprintf("PG<%d>", g.n) }

// S has String and Error methods, which %#v does not use.
type S struct{ n int }

func (s S) String() string { return "S-string" }

type E struct{ msg string }

func (e E) Error() string { return "E-error" }

// Bad's GoString panics.
type Bad struct{}

func (Bad) GoString() string { panic("oops") }

// Deref reads a field through its pointer receiver.
type Deref struct{ n int }

func (d *Deref) GoString() string { return fmt.Sprint("Deref ", d.n) }

type WithG struct {
	Pub  G
	priv G
	List []G
}

type Named struct {
	Name string
	Kids []*Named
}

func divide(a, b int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	_ = a / b
	return nil
}

func main() {
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *T
	var nilBytes []byte
	var nilIface interface{}
	var nilErr error
	var nilFunc func()
	var nilF F
	var nilDeref *Deref
	var nilPG *PG
	cases := []struct {
		name string
		v    interface{}
	}{
		{"int", 42},
		{"negint", -7},
		{"int8", int8(-128)},
		{"int64", int64(math.MinInt64)},
		{"uint", uint(42)},
		{"uint8", uint8(255)},
		{"uint16", uint16(0)},
		{"uint64", uint64(math.MaxUint64)},
		{"uintptr", uintptr(0x1234)},
		{"rune", 'x'},
		{"byte", byte('x')},
		{"MyInt", MyInt(3)},
		{"MyUint", MyUint(10)},
		{"float", 1.0},
		{"float2", 1.5},
		{"float3", 1e6},
		{"float4", 1e21},
		{"float5", 1e-7},
		{"float32", float32(0.1)},
		{"negzero", math.Copysign(0, -1)},
		{"nan", math.NaN()},
		{"inf", math.Inf(-1)},
		{"MyFloat", MyFloat(2.5)},
		{"complex", complex(1, -2)},
		{"complex64", complex64(complex(0.5, 3))},
		{"bool", true},
		{"MyBool", MyBool(false)},
		{"string", "hello"},
		{"string2", "tab\there \"quoted\" \\ é \x00 \u2028"},
		{"emptystr", ""},
		{"bad utf8", "a\xffb"},
		{"MyStr", MyStr("named")},
		{"bytes", []byte{1, 2, 255}},
		{"emptybytes", []byte{}},
		{"nilbytes", nilBytes},
		{"bytearray", [3]byte{'a', 'b', 'c'}},
		{"slice", []int{1, 2, 3}},
		{"emptyslice", []int{}},
		{"nilslice", nilSlice},
		{"strslice", []string{"a", "b c"}},
		{"nested", [][]int{{1}, nil, {}}},
		{"array", [2]string{"x", "y"}},
		{"emptyarray", [0]int{}},
		{"L", L{4, 5}},
		{"nilL", L(nil)},
		{"A", A{"p", "q"}},
		{"map", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"intmap", map[int]string{3: "c", -1: "z", 2: "b"}},
		{"emptymap", map[string]int{}},
		{"nilmap", nilMap},
		{"M", M{"k": 1}},
		{"nilM", M(nil)},
		{"mapslice", map[string][]int{"x": {1}, "y": nil}},
		{"anymap", map[interface{}]int{"s": 1, "a": 2}},
		{"struct", T{1, "x"}},
		{"ptrstruct", &T{2, "y"}},
		{"nilptr", nilPtr},
		{"ptrslice", &[]int{1}},
		{"ptrmap", &map[string]int{"a": 1}},
		{"ptrarray", &[2]int{1, 2}},
		{"anon", struct {
			A int
			b []string
		}{1, []string{"z"}}},
		{"empty", struct{}{}},
		{"outer", Outer{Inner: Inner{1, 2}, S: []string{"s"}, M: map[int]bool{2: true, 1: false}, I: 3, E: nil, B: []byte("hi"), u: 7, Ar: [2]T{{1, "a"}, {}}}},
		{"outer2", Outer{I: []interface{}{nil, 1, "a", T{}}, E: nil}},
		{"holder", Holder{}},
		{"holder2", Holder{St: S{1}, Ok: true}},
		{"ifaceslice", []interface{}{1, "a", nil, 2.5, []int(nil)}},
		{"errslice", []error{nil}},
		{"nil", nilIface},
		{"nilerr", nilErr},
		{"nilfunc", nilFunc},
		{"nilF", nilF},
		{"errorsNew", errors.New("boom")},
		{"errorf", fmt.Errorf("bad %d", 1)},
		{"G", G{1}},
		{"ptrG", &G{2}},
		{"PG", PG{3}},
		{"ptrPG", &PG{4}},
		{"nilPG", nilPG},
		{"S", S{5}},
		{"E", E{"m"}},
		{"Bad", Bad{}},
		{"nilDeref", nilDeref},
		{"WithG", WithG{G{1}, G{2}, []G{{3}, {4}}}},
		{"Gs", []G{{7}}},
		{"Gmap", map[string]G{"a": {8}}},
		{"named", Named{"root", []*Named{nil}}},
		{"divide", divide(1, 0)},
	}
	for _, c := range cases {
		fmt.Printf("%-10s %#v\n", c.name, c.v)
	}

	// Flags with %#v.
	fmt.Printf("[%#8v] [%#-8v] [%#08v] [%#8v] [%#+v] [%# v]\n", 12, 12, uint(255), "ab", 5, 5)
	fmt.Printf("[%#6v] [%#-6v] [%#06v]\n", []int{1, -2}, []uint8{1}, []uint{3})
	fmt.Printf("[%#.2v] [%#10.3v] [%#v]\n", "abcdef", 3.14159, T{-1, ""})
	fmt.Printf("[%#+v] [%+#v]\n", T{1, "a"}, struct{ X *int }{})
	fmt.Printf("[%#5v] [%#.1v]\n", G{1}, G{22})
	fmt.Printf("[%#v] [%v] [%+v] [%s] [%d]\n", S{1}, S{1}, S{1}, S{1}, S{1})
	fmt.Printf("[%#v] [%v] [%s]\n", E{"x"}, E{"x"}, E{"x"})
	fmt.Printf("%v %+v %#v\n", Outer{}.Inner, Outer{}.Inner, Outer{}.Inner)

	// The # flag with other verbs.
	fmt.Printf("%#x %#X %#o %#b %#O %O %O %#d\n", 255, 255, 8, 5, 8, 8, -8, 9)
	fmt.Printf("%#x %#X % #x %#q %#q %#q\n", "hi", "hi", "hi", "back`q", "plain", "tab\t")
	fmt.Printf("%#U %#U %U %#q %#+q\n", 'x', '\n', 0x1F600, 'y', 'é')
	fmt.Printf("%#x %#o %x %X %s %q\n", []byte{1, 171}, []int{8, 9}, [2]byte{10, 11}, [2]uint8{12, 13}, [3]byte{'a', 'b', 'c'}, [2]byte{'o', 'k'})
	fmt.Printf("%O %#O %O %x\n", uint8(9), -9, []int{1, 64}, "")
	floats := []float64{0, 1, -1, 1.5, 100000, 1234567, 1e21, 1e-5, 0.000123, 123.456, math.Inf(1), math.NaN()}
	for _, f := range floats {
		fmt.Printf("%#g|%#G|%#e|%#E|%#f|%#F|%#.3g|%#.0f|%#.0e|%#10.2g|%#-12.1f|%#012.3e|%+#g\n", f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	hexFloats := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 1.9999999, 0.9999, 255.75, 1e300, 5e-324, 2.2250738585072014e-308, math.MaxFloat64, math.Inf(-1), math.NaN()}
	for _, f := range hexFloats {
		fmt.Printf("%x|%X|%.2x|%.0x|%#x|%#X|%#.1x|%b|%#b|%12.3x|%-14x|%+x|% X\n", f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("%x %X %b %.3x %#x\n", float32(0.1), float32(1e-45), float32(-2.5), float32(3), float32(1))
	fmt.Printf("%x %.1X %b\n", complex(1, -0.5), complex64(complex(3, 4)), complex(2, 0))
	fmt.Printf("%#g %#g %#.0g %#.1g %#v %#g\n", float32(0.1), float32(2), 5.0, 25.0, float32(2.5), 1e6)
	fmt.Printf("%#g %#.2f %#e %#v\n", complex(1, 2), complex(0.5, -1), complex64(complex(3, 0)), complex(1, 0))
	fmt.Printf("[%-10v] [%010.2f] [%+v] [% v] [%08v]\n", complex(1, -2), complex(1, -2), complex(1, 2), complex(1, 2), complex(-1, 2))
}
