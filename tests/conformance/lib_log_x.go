package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

// counter records each Write call separately.
type counter struct {
	calls []string
}

func (c *counter) Write(p []byte) (int, error) {
	c.calls = append(c.calls, string(p))
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, fmt.Errorf("disk full (%d bytes)", len(p)) }

func digitsToN(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = 'N'
		}
	}
	return string(b)
}

func helper(l *log.Logger, s string) {
	l.Output(2, s)
}

func main() {
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == io.Writer(os.Stderr), log.Default() == log.Default())
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain")
	log.Print("a", "b", 1, 2, "c", 3.5, nil, []int{1})
	log.Println("a", "b", 1, 2)
	log.Printf("%d-%s-%v", 7, "x", true)
	log.Print("ends with newline\n")
	log.Print("two newlines\n\n")
	log.Print("")
	log.Println()
	log.Printf("%d %d", 1)
	log.SetPrefix("[app] ")
	log.Print("prefixed")
	log.SetFlags(log.Lmsgprefix)
	log.Print("msgprefix")
	fmt.Println(log.Flags(), log.Prefix())
	log.SetFlags(log.Lshortfile)
	log.Print("with file")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("file then prefix")
	log.Output(1, "via Output")
	log.SetPrefix("")

	var c counter
	l := log.New(&c, "c: ", 0)
	l.Print("one")
	l.Printf("two %d\n", 2)
	l.Println("three", 3)
	l.Output(0, "four")
	for i, s := range c.calls {
		fmt.Printf("call %d: %q\n", i, s)
	}
	fmt.Println(l.Writer() == io.Writer(&c), l.Prefix(), l.Flags())

	var buf bytes.Buffer
	l2 := log.New(&buf, "", log.Lshortfile)
	l2.Print("short")
	helper(l2, "from helper")
	l2.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l2.SetPrefix("P> ")
	l2.Println("after")
	fmt.Print(buf.String())

	var sb strings.Builder
	l3 := log.New(&sb, "T ", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	l3.Print("timed")
	l3.SetFlags(log.Ldate | log.LUTC)
	l3.Print("dated")
	l3.SetFlags(log.Ltime | log.Lmsgprefix)
	l3.Print("timeonly")
	l3.SetFlags(log.Lmicroseconds)
	l3.Print("micro")
	fmt.Print(digitsToN(sb.String()))

	l4 := log.New(io.Discard, "x", log.LstdFlags)
	l4.Print("dropped")
	fmt.Println(l4.Writer() == io.Discard)
	l5 := log.New(failing{}, "", 0)
	fmt.Println(l5.Output(1, "hello"))
	l6 := log.New(os.Stdout, "neg ", -1)
	fmt.Println(l6.Flags())
	l6.SetFlags(1 << 40)
	fmt.Println(l6.Flags())

	for _, f := range []func(){
		func() { log.Panic("boom", 1, 2) },
		func() { log.Panicf("boom %d", 3) },
		func() { log.Panicln("boom", 4) },
		func() { log.New(os.Stdout, "L ", 0).Panic(fmt.Errorf("err")) },
		func() { log.New(os.Stdout, "L ", 0).Panicf("%v", []string{"a"}) },
		func() { log.New(os.Stdout, "L ", 0).Panicln() },
	} {
		func() {
			defer func() {
				r := recover()
				fmt.Printf("recovered %T %q\n", r, r)
			}()
			f()
		}()
	}
	log.SetOutput(os.Stderr)
	log.SetFlags(0)
	log.Print("to stderr")
}
