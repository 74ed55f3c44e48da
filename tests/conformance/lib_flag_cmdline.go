package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

var (
	verbose = flag.Bool("v", false, "verbose output")
	count   = flag.Int("count", 3, "how many `times`")
	big     = flag.Int64("big", 1<<40, "a big number")
	ucount  = flag.Uint("ucount", 0, "unsigned count")
	u64     = flag.Uint64("u64", 7, "unsigned 64")
	name    = flag.String("name", "gopher", "who")
	ratio   = flag.Float64("ratio", 1.25, "a ratio")
	wait    = flag.Duration("wait", 2*time.Minute, "how long to wait")
)

var (
	level   int
	tag     string
	on      bool
	i64     int64
	uu      uint
	uu64    uint64
	fl      float64
	timeout time.Duration
)

type csv []string

func (c *csv) String() string     { return strings.Join(*c, ",") }
func (c *csv) Set(s string) error { *c = append(*c, s); return nil }

func init() {
	flag.IntVar(&level, "level", 1, "log level")
	flag.StringVar(&tag, "tag", "", "a tag")
	flag.BoolVar(&on, "on", true, "switch")
	flag.Int64Var(&i64, "i64", -5, "int64 var")
	flag.UintVar(&uu, "uu", 5, "uint var")
	flag.Uint64Var(&uu64, "uu64", 0, "uint64 var")
	flag.Float64Var(&fl, "fl", 0, "float var")
	flag.DurationVar(&timeout, "timeout", time.Second, "timeout")
	var c csv
	flag.Var(&c, "csv", "comma list")
	flag.Func("fn", "a func flag", func(string) error { return nil })
	flag.BoolFunc("bfn", "a bool func flag", func(string) error { return nil })
}

// The real command line, which has no arguments after the program name here.
func main() {
	fmt.Println("parsed before:", flag.Parsed())
	flag.Parse()
	fmt.Println("parsed after:", flag.Parsed())
	fmt.Println(flag.NArg(), flag.NFlag(), len(flag.Args()), flag.Arg(0) == "")
	fmt.Println(*verbose, *count, *big, *ucount, *u64, *name, *ratio, *wait)
	fmt.Println(level, tag, on, i64, uu, uu64, fl, timeout)
	fmt.Println(flag.CommandLine.Name() == os.Args[0], flag.CommandLine.ErrorHandling() == flag.ExitOnError)

	var out strings.Builder
	flag.CommandLine.SetOutput(&out)
	flag.PrintDefaults()
	fmt.Print(out.String())

	// Usage starts with a header naming the program, then the defaults.
	out.Reset()
	flag.Usage()
	text := out.String()
	first, rest, _ := strings.Cut(text, "\n")
	fmt.Println(strings.HasPrefix(first, "Usage of "), strings.HasSuffix(first, ":"))
	fmt.Println(len(rest) > 0 && rest == strings.SplitN(text, "\n", 2)[1])

	// Set and Visit on the command line.
	fmt.Println(flag.Set("count", "9"), flag.Set("v", "true"), flag.Set("nope", "1"))
	flag.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })
	n := 0
	flag.VisitAll(func(f *flag.Flag) { n++ })
	fmt.Println("all:", n, flag.Lookup("count").Value, flag.Lookup("count").DefValue, flag.NFlag())

	// A replaced Usage is what the command line calls.
	flag.Usage = func() { fmt.Fprintln(flag.CommandLine.Output(), "custom command-line usage") }
	out.Reset()
	flag.CommandLine.Usage()
	fmt.Print(out.String())
	out.Reset()
	flag.CommandLine.Init("renamed", flag.ContinueOnError)
	fmt.Println(flag.CommandLine.Parse([]string{"-h"}), out.String())
}
