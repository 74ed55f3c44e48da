package main

import (
	"errors"
	"flag"
	"fmt"
	"sort"
	"strings"
)

// Values of many kinds, to see what PrintDefaults finds for their zero values.
type unit struct{}

func (*unit) String() string   { return "unit" }
func (*unit) Set(string) error { return nil }

type cplx complex128

func (c cplx) String() string   { return fmt.Sprint(complex128(c)) }
func (c cplx) Set(string) error { return nil }

type arr [3]int

func (a arr) String() string   { return fmt.Sprint(a[0]+a[1]+a[2], len(a)) }
func (a arr) Set(string) error { return nil }

type dict map[string]int

func (d dict) String() string {
	if d == nil {
		return "nil map"
	}
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return strings.Join(keys, "+")
}
func (d dict) Set(s string) error { d[s]++; return nil }

type small uint8

func (s small) String() string   { return fmt.Sprint(uint8(s)) }
func (s small) Set(string) error { return nil }

type f32 float32

func (f f32) String() string   { return fmt.Sprint(float32(f)) }
func (f f32) Set(string) error { return nil }

type yes bool

func (y yes) String() string   { return fmt.Sprint(bool(y)) }
func (y yes) Set(string) error { return nil }

type big struct {
	a [40]int
	s string
}

func (b *big) String() string   { return fmt.Sprint(b.a[39], len(b.s)) }
func (b *big) Set(string) error { return nil }

type strs []string

func (s strs) String() string   { return fmt.Sprint(len(s), cap(s), s == nil) }
func (s strs) Set(string) error { return nil }

// badBool is a bool flag whose Set always fails.
type badBool struct{}

func (*badBool) String() string     { return "false" }
func (*badBool) Set(s string) error { return errors.New("cannot set " + s) }
func (*badBool) IsBoolFlag() bool   { return true }

// panicky panics in String for a non-zero value.
type panicky struct{ n int }

func (p *panicky) String() string {
	if p.n != 0 {
		panic("String of non-zero panicky")
	}
	return ""
}
func (p *panicky) Set(string) error { return nil }

// recorder remembers every Write call.
type recorder struct{ calls []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

func main() {
	var out strings.Builder
	fs := flag.NewFlagSet("kinds", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Var(&unit{}, "unit", "zero-size")
	fs.Var(cplx(0), "c0", "complex zero")
	fs.Var(cplx(1+2i), "c1", "complex")
	fs.Var(arr{}, "a0", "array zero")
	fs.Var(arr{1, 2, 3}, "a1", "array")
	fs.Var(dict(nil), "m0", "nil map")
	fs.Var(dict{"x": 1, "y": 2}, "m1", "map")
	fs.Var(small(0), "s0", "uint8 zero")
	fs.Var(small(200), "s1", "uint8")
	fs.Var(f32(0), "f0", "float32 zero")
	fs.Var(f32(0.5), "f1", "float32")
	fs.Var(yes(false), "y0", "bool kind")
	fs.Var(yes(true), "y1", "bool kind true")
	fs.Var(&big{}, "big0", "big zero")
	b := &big{s: "abc"}
	b.a[39] = 7
	fs.Var(b, "big1", "big")
	fs.Var(strs(nil), "sl0", "nil slice")
	fs.Var(strs{}, "sl1", "empty slice")
	fs.Var(strs{"a"}, "sl2", "slice")
	fs.Var(&badBool{}, "bad", "always fails")
	fs.PrintDefaults()
	fmt.Print(out.String())

	for _, args := range [][]string{{"-bad"}, {"-bad=1"}, {"-m1", "z", "-m1=x"}} {
		out.Reset()
		err := fs.Parse(args)
		fmt.Printf("%q: %v\n", args, err)
		fmt.Print(strings.Split(out.String(), "\n")[0], "\n")
	}
	fmt.Println(fs.Lookup("m1").Value)

	// A Value whose String panics when the flag is defined: the panic goes through Var.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fs.Var(&panicky{1}, "p", "panics")
	}()
	fmt.Println(fs.Lookup("p") == nil)

	// The pieces written for an error: message, header, one per flag.
	var r recorder
	small := flag.NewFlagSet("pieces", flag.ContinueOnError)
	small.SetOutput(&r)
	small.Int("a", 1, "first")
	small.String("bb", "x", "second")
	small.Bool("c", false, "third")
	small.Parse([]string{"-zz"})
	fmt.Printf("%q\n", r.calls)
	r.calls = nil
	small.Parse([]string{"-h"})
	fmt.Printf("%q\n", r.calls)
	r.calls = nil
	func() {
		defer func() { recover() }()
		small.Int("a", 2, "again")
	}()
	fmt.Printf("%q\n", r.calls)

	// An ExitOnError set with a custom usage writing to the set's output.
	var e recorder
	ex := flag.NewFlagSet("ex", flag.ContinueOnError)
	ex.SetOutput(&e)
	ex.Usage = func() { fmt.Fprintf(ex.Output(), "Usage: ex [-n N]\n") }
	ex.Int("n", 0, "N")
	fmt.Println(ex.Parse([]string{"-n", "1", "-n", "x"}), ex.NFlag())
	fmt.Printf("%q\n", e.calls)
}
