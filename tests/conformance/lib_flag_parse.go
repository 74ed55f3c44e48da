package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

type result struct {
	b    bool
	i    int
	i64  int64
	u    uint
	u64  uint64
	s    string
	f    float64
	d    time.Duration
	args []string
}

func newSet(out *strings.Builder, r *result) *flag.FlagSet {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(out)
	fs.BoolVar(&r.b, "b", false, "a bool")
	fs.IntVar(&r.i, "n", 7, "an int")
	fs.Int64Var(&r.i64, "big", -3, "an int64")
	fs.UintVar(&r.u, "u", 0, "a uint")
	fs.Uint64Var(&r.u64, "u64", 1<<40, "a uint64")
	fs.StringVar(&r.s, "name", "joe", "a string")
	fs.Float64Var(&r.f, "x", 1.5, "a float")
	fs.DurationVar(&r.d, "wait", 3*time.Second, "a duration")
	return fs
}

func main() {
	cases := [][]string{
		{},
		{"-b"},
		{"-b=false", "rest"},
		{"--b=true", "-n", "42"},
		{"-n=0x1F", "-big", "-9223372036854775808"},
		{"-n", "0b101", "-u", "0o17", "-u64", "18446744073709551615"},
		{"-n", "1_000", "a", "-b"},
		{"-name", "", "x"},
		{"-name=a=b", "--", "-b"},
		{"-x", "2.5e3", "-wait", "1h2m3.5s"},
		{"-x=NaN", "-wait=-1.5us"},
		{"-x", "inf"},
		{"-", "-b"},
		{"--", "--"},
		{"-b", "--", "-n", "1"},
		// errors
		{"-n", "abc"},
		{"-n", "99999999999999999999"},
		{"-u", "-1"},
		{"-u64", "18446744073709551616"},
		{"-big", "1e3"},
		{"-x", "1e400"},
		{"-x", "zz"},
		{"-wait", "10"},
		{"-b=maybe"},
		{"-n"},
		{"-nope"},
		{"--nope=1"},
		{"---b"},
		{"-=x"},
		{"--=x"},
		{"-help"},
		{"-h"},
		{"--help", "x"},
		{"-b", "-h=1"},
		{"-b=1", "-b=T", "-b=FALSE", "-b=0"},
	}
	for _, args := range cases {
		var out strings.Builder
		var r result
		fs := newSet(&out, &r)
		err := fs.Parse(args)
		fmt.Printf("args %q\n", args)
		fmt.Printf("  err=%v parsed=%v nflag=%d narg=%d args=%q arg0=%q arg5=%q\n", err, fs.Parsed(), fs.NFlag(), fs.NArg(), fs.Args(), fs.Arg(0), fs.Arg(5))
		if err == flag.ErrHelp {
			fmt.Println("  ErrHelp")
		}
		fmt.Printf("  b=%v n=%d big=%d u=%d u64=%d name=%q x=%v wait=%v\n", r.b, r.i, r.i64, r.u, r.u64, r.s, r.f, r.d)
		var set []string
		fs.Visit(func(f *flag.Flag) { set = append(set, f.Name+"="+f.Value.String()) })
		fmt.Printf("  visit %q\n", set)
		if out.Len() > 0 {
			fmt.Printf("  output:\n%s", out.String())
		}
	}
}
