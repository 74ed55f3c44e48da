package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
	"time"
)

// listValue is a pointer-receiver Value over a slice.
type listValue []string

func (l *listValue) String() string { return fmt.Sprint(*l) }
func (l *listValue) Set(s string) error {
	*l = append(*l, strings.Split(s, ",")...)
	return nil
}

// pointValue is a pointer-receiver Value over a struct.
type pointValue struct{ x, y int }

func (p *pointValue) String() string { return fmt.Sprintf("%d,%d", p.x, p.y) }
func (p *pointValue) Set(s string) error {
	_, err := fmt.Sscanf(s, "%d,%d", &p.x, &p.y)
	return err
}

// levelValue is a value-receiver Value over an int (not settable through the copy).
type levelValue int

func (l levelValue) String() string     { return fmt.Sprintf("level%d", int(l)) }
func (l levelValue) Set(s string) error { return errors.New("read-only") }

// nameValue is a value-receiver Value over a string.
type nameValue string

func (n nameValue) String() string     { return "<" + string(n) + ">" }
func (n nameValue) Set(s string) error { return nil }

// pairValue is a value-receiver Value over a struct.
type pairValue struct {
	a string
	b float64
}

func (p pairValue) String() string     { return fmt.Sprintf("%s/%g", p.a, p.b) }
func (p pairValue) Set(s string) error { return nil }

// nilPanicValue's String panics on a nil pointer, as many do.
type nilPanicValue struct{ s *string }

func (v *nilPanicValue) String() string     { return *v.s }
func (v *nilPanicValue) Set(s string) error { *v.s = s; return nil }

// explodeValue panics with an error on the zero value.
type explodeValue struct{ ok bool }

func (v *explodeValue) String() string {
	if !v.ok {
		panic(errors.New("boom"))
	}
	return "fine"
}
func (v *explodeValue) Set(s string) error { return nil }

// boolish is a custom bool flag.
type boolish struct{ on bool }

func (b *boolish) String() string {
	if b.on {
		return "on"
	}
	return "off"
}
func (b *boolish) Set(s string) error { b.on = s == "true"; return nil }
func (b *boolish) IsBoolFlag() bool   { return true }

// notBool has IsBoolFlag returning false.
type notBool struct{ v string }

func (b *notBool) String() string     { return b.v }
func (b *notBool) Set(s string) error { b.v = s; return nil }
func (b *notBool) IsBoolFlag() bool   { return false }

// funcKind is a Value of func kind.
type funcKind func() string

func (f funcKind) String() string {
	if f == nil {
		return "nilfunc"
	}
	return f()
}
func (f funcKind) Set(s string) error { return nil }

func show(name string, fs *flag.FlagSet, out *strings.Builder) {
	out.Reset()
	fs.PrintDefaults()
	fmt.Printf("== %s\n%s", name, out.String())
}

func main() {
	var out strings.Builder

	fs := flag.NewFlagSet("basic", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Bool("v", false, "verbose")
	fs.Bool("q", true, "quiet")
	fs.Bool("debug", false, "debug mode")
	fs.Bool("color", true, "use `colour`")
	fs.Int("n", 0, "count")
	fs.Int("workers", 4, "number of `N` workers")
	fs.Int64("big", -1, "big one")
	fs.Uint("u", 0, "unsigned")
	fs.Uint64("U", 99, "unsigned 64")
	fs.String("s", "", "a string")
	fs.String("name", "world", "who to greet")
	fs.String("path", "a \"quoted\"\tpath\n", "with escapes")
	fs.String("I", "", "search `directory` for include files")
	fs.Float64("f", 0, "float zero")
	fs.Float64("ratio", 0.25, "ratio")
	fs.Float64("huge", 1e21, "huge")
	fs.Duration("d", 0, "duration zero")
	fs.Duration("timeout", 90*time.Second, "how long")
	fs.Func("func", "a func `arg`", func(string) error { return nil })
	fs.Func("fn2", "another func", func(string) error { return nil })
	fs.BoolFunc("bf", "bool func", func(string) error { return nil })
	fs.BoolFunc("boolfunc", "bool func long", func(string) error { return nil })
	fs.String("multi", "x", "line one\nline two\n`with` name")
	fs.String("bq", "", "only one ` quote")
	fs.String("bq2", "", "empty `` name")
	fs.Int("x", 3, "")
	fs.String("é", "ü", "unicode name")
	show("basic", fs, &out)

	fs2 := flag.NewFlagSet("custom", flag.ContinueOnError)
	fs2.SetOutput(&out)
	var l listValue
	fs2.Var(&l, "list", "a list")
	l2 := listValue{"a", "b"}
	fs2.Var(&l2, "list2", "a non-empty list")
	p := pointValue{}
	fs2.Var(&p, "pt", "a `point`")
	p2 := pointValue{1, 2}
	fs2.Var(&p2, "pt2", "a point")
	fs2.Var(levelValue(0), "lvl", "level zero")
	fs2.Var(levelValue(3), "lvl3", "level three")
	fs2.Var(nameValue(""), "nm", "empty name")
	fs2.Var(nameValue("bob"), "nm2", "name bob")
	fs2.Var(pairValue{}, "pair", "zero pair")
	fs2.Var(pairValue{"k", 2.5}, "pair2", "pair")
	s := "hello"
	fs2.Var(&nilPanicValue{&s}, "np", "nil panics")
	fs2.Var(&explodeValue{true}, "ex", "explodes")
	fs2.Var(&boolish{}, "b", "boolish")
	fs2.Var(&boolish{true}, "bb", "boolish on")
	fs2.Var(&notBool{"z"}, "nb", "not bool")
	fs2.Var(&notBool{""}, "c", "not bool short")
	fs2.Var(funcKind(nil), "fk", "func kind nil")
	fs2.Var(funcKind(func() string { return "called" }), "fk2", "func kind")
	show("custom", fs2, &out)

	for _, f := range []string{"v", "workers", "I", "func", "bf", "multi", "bq", "bq2", "x"} {
		name, usage := flag.UnquoteUsage(fs.Lookup(f))
		fmt.Printf("unquote %s: %q %q\n", f, name, usage)
	}
	for _, f := range []string{"list", "pt", "lvl", "b", "nb", "fk"} {
		name, usage := flag.UnquoteUsage(fs2.Lookup(f))
		fmt.Printf("unquote %s: %q %q\n", f, name, usage)
	}

	// The default usage with and without a name.
	fs3 := flag.NewFlagSet("", flag.ContinueOnError)
	fs3.SetOutput(&out)
	fs3.Int("k", 1, "k")
	out.Reset()
	fs3.Usage()
	fmt.Printf("== usage unnamed\n%s", out.String())
	fs3.Init("renamed", flag.PanicOnError)
	out.Reset()
	fs3.Usage()
	fmt.Printf("== usage after Init\n%s", out.String())
	fmt.Println(fs3.Name(), fs3.ErrorHandling() == flag.PanicOnError)

	var zero flag.FlagSet
	zero.SetOutput(&out)
	zero.String("z", "zz", "on the zero FlagSet")
	out.Reset()
	err := zero.Parse([]string{"-h"})
	fmt.Printf("== zero FlagSet -h: %v\n%s", err, out.String())
	fmt.Printf("%q %v\n", zero.Name(), zero.ErrorHandling() == flag.ContinueOnError)

	// No flags at all.
	empty := flag.NewFlagSet("empty", flag.ContinueOnError)
	empty.SetOutput(&out)
	out.Reset()
	empty.PrintDefaults()
	fmt.Printf("== empty %q\n", out.String())
	out.Reset()
	err = empty.Parse([]string{"-help"})
	fmt.Printf("== empty -help: %v\n%s", err, out.String())
}
