package main

import (
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"
)

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: panic %T: %v\n", name, e, e)
		}
	}()
	f()
	fmt.Printf("%s: no panic\n", name)
}

type errValue struct{ n int }

func (v *errValue) String() string { return strconv.Itoa(v.n) }
func (v *errValue) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	if n < 0 {
		return fmt.Errorf("negative: %w", errors.ErrUnsupported)
	}
	v.n = n
	return nil
}

func main() {
	var out strings.Builder

	// Definition errors.
	fs := flag.NewFlagSet("defs", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.Int("n", 1, "n")
	try("redefine", func() { fs.Int("n", 2, "again") })
	try("redefine bool", func() { fs.Bool("n", false, "again") })
	try("dash", func() { fs.String("-x", "", "dash") })
	try("equals", func() { fs.String("a=b", "", "equals") })
	try("empty name", func() { fs.String("", "e", "empty name") })
	anon := flag.NewFlagSet("", flag.ContinueOnError)
	anon.SetOutput(&out)
	anon.Bool("v", false, "")
	try("redefine anon", func() { anon.Bool("v", false, "") })
	fmt.Printf("output:\n%s", out.String())
	out.Reset()

	// Set and Lookup.
	fmt.Println(fs.Set("n", "5"), fs.Lookup("n").Value, fs.Lookup("n").DefValue, fs.NFlag())
	fmt.Println(fs.Set("n", "zz"))
	fmt.Println(fs.Set("n", "99999999999999999999"))
	err := fs.Set("missing", "1")
	fmt.Println(err)
	fmt.Println(fs.Lookup("missing") == nil, fs.Lookup("") != nil)
	try("define after set", func() {
		defer func() {
			e := recover()
			s := fmt.Sprint(e)
			if i := strings.Index(s, " set at "); i >= 0 {
				s = s[:i+8] + "..."
			}
			panic(s)
		}()
		fs.Int("missing", 0, "too late")
	})
	fmt.Printf("output %q\n", out.String())

	// Errors with PanicOnError.
	for _, args := range [][]string{{"-x"}, {"-n", "q"}, {"-h"}, {"-n"}, {"--=1"}} {
		p := flag.NewFlagSet("pan", flag.PanicOnError)
		p.SetOutput(&out)
		p.Int("n", 0, "n")
		out.Reset()
		try(fmt.Sprint("panic ", args), func() { p.Parse(args) })
		fmt.Printf("output:\n%s", out.String())
	}
	try("panic error value", func() {
		defer func() {
			e := recover()
			err, ok := e.(error)
			fmt.Println("is error:", ok, err == flag.ErrHelp)
			panic(e)
		}()
		p := flag.NewFlagSet("pan", flag.PanicOnError)
		p.SetOutput(&out)
		p.Parse([]string{"-help"})
	})

	// A custom Value's errors go into the message as they are.
	for _, args := range [][]string{{"-e", "12"}, {"-e", "x"}, {"-e=-4"}, {"-e", "99999999999999999999"}} {
		c := flag.NewFlagSet("custom", flag.ContinueOnError)
		c.SetOutput(&out)
		c.Usage = func() { fmt.Fprintln(c.Output(), "custom usage!") }
		var v errValue
		c.Var(&v, "e", "err value")
		out.Reset()
		err := c.Parse(args)
		fmt.Printf("%q: err=%v v=%d\n%s", args, err, v.n, out.String())
		if err != nil {
			fmt.Println("  unwrap:", errors.Unwrap(err), errors.Is(err, errors.ErrUnsupported))
		}
	}

	// Func and BoolFunc.
	var calls []string
	fn := flag.NewFlagSet("fn", flag.ContinueOnError)
	fn.SetOutput(&out)
	fn.Func("f", "func", func(s string) error {
		calls = append(calls, "f:"+s)
		if s == "bad" {
			return errors.New("bad value")
		}
		return nil
	})
	fn.BoolFunc("g", "boolfunc", func(s string) error {
		calls = append(calls, "g:"+s)
		if s == "no" {
			return errors.New("refused")
		}
		return nil
	})
	for _, args := range [][]string{
		{"-f", "1", "-f=2", "-g", "-g=x", "--g", "tail"},
		{"-f", "bad"},
		{"-g=no"},
		{"-f"},
		{"-g", "-f", "-g"},
	} {
		calls = nil
		out.Reset()
		err := fn.Parse(args)
		fmt.Printf("%q: err=%v calls=%q nflag=%d args=%q\n%s", args, err, calls, fn.NFlag(), fn.Args(), out.String())
	}
	fmt.Printf("%q %q\n", fn.Lookup("f").Value.String(), fn.Lookup("g").DefValue)
	_, isGetter := fn.Lookup("f").Value.(flag.Getter)
	fmt.Println("func is Getter:", isGetter)

	// A -h or -help flag that is defined is an ordinary flag.
	h := flag.NewFlagSet("h", flag.ContinueOnError)
	h.SetOutput(&out)
	help := h.Bool("help", false, "show help")
	out.Reset()
	err = h.Parse([]string{"-help", "-h"})
	fmt.Printf("defined help: %v %v %q\n", *help, err, out.String())

	// A custom Usage on -h.
	cu := flag.NewFlagSet("cu", flag.ContinueOnError)
	cu.SetOutput(&out)
	cu.Usage = func() {
		fmt.Fprintf(cu.Output(), "usage: cu [flags] file...\n")
		cu.PrintDefaults()
	}
	cu.Int("n", 3, "how many")
	out.Reset()
	err = cu.Parse([]string{"-n", "4", "--h"})
	fmt.Printf("custom usage: %v\n%s", err, out.String())
	cu.Usage = nil
	out.Reset()
	err = cu.Parse([]string{"-bogus"})
	fmt.Printf("nil usage: %v\n%s", err, out.String())

	// Getter values.
	g := flag.NewFlagSet("get", flag.ContinueOnError)
	g.Bool("b", true, "")
	g.Int("i", -2, "")
	g.Int64("i64", 1<<50, "")
	g.Uint("u", 3, "")
	g.Uint64("u64", 4, "")
	g.String("s", "str", "")
	g.Float64("f", 0.5, "")
	g.Duration("d", 1500000000, "")
	g.VisitAll(func(f *flag.Flag) {
		v := f.Value.(flag.Getter).Get()
		fmt.Printf("get %s: %T %v\n", f.Name, v, v)
	})

	// Parsing again keeps earlier settings and counts.
	out.Reset()
	fmt.Println(g.Parse([]string{"-i", "5", "x"}), g.NFlag(), g.Args())
	fmt.Println(g.Parse([]string{"-s", "t"}), g.NFlag(), g.Args())
	g.Visit(func(f *flag.Flag) { fmt.Println("visit", f.Name, f.Value) })

	// Output defaults to os.Stderr.
	d := flag.NewFlagSet("d", flag.ContinueOnError)
	fmt.Println(d.Output() != nil)
	d.SetOutput(nil)
	fmt.Println(d.Output() != nil)
}
