package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

func catch(label string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: recovered %T %q\n", label, r, r)
	}()
	f()
}

func main() {
	fmt.Println("defaults: flags", log.Flags(), "prefix", fmt.Sprintf("%q", log.Prefix()), "stderr", log.Writer() == os.Stderr)
	fmt.Println("constants:", log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetFlags(0)
	log.Print("this goes to stderr")
	log.Println("so", "does", "this")

	log.SetOutput(os.Stdout)
	fmt.Println("writer is stdout:", log.Writer() == os.Stdout, "flags:", log.Flags())
	log.Print("hello")
	log.Print("a", 1, 2, "b", "c", 3.5, nil, true, point{1, 2})
	log.Println("a", 1, 2, "b", "c", 3.5, nil, true, point{1, 2})
	log.Printf("%d items at %.2f (%v) %q", 3, 9.5, point{3, 4}, "x")
	log.Printf("trailing newline kept once\n")
	log.Print("two newlines\n\n")
	log.Printf("")
	log.Print()
	log.Println()
	log.Print("multi\nline\nmessage")

	log.SetPrefix("app: ")
	fmt.Printf("prefix %q\n", log.Prefix())
	log.Println("with prefix")
	log.Print("multi\nline with prefix")
	log.SetFlags(log.Lmsgprefix)
	fmt.Println("flags:", log.Flags())
	log.Println("msgprefix, no header")
	log.SetFlags(0)
	log.SetPrefix("")
	log.Print("prefix cleared")
	log.Default().SetPrefix("[default] ")
	fmt.Printf("Default().Prefix %q same writer %v\n", log.Prefix(), log.Default().Writer() == log.Writer())
	log.Default().Println("via Default()")
	log.SetPrefix("")

	fmt.Println("-- loggers --")
	l := log.New(os.Stdout, "p: ", 0)
	l.Println("new logger")
	l.Printf("%s=%d", "k", 7)
	fmt.Printf("l: prefix %q flags %d stdout %v\n", l.Prefix(), l.Flags(), l.Writer() == os.Stdout)
	var buf bytes.Buffer
	bl := log.New(&buf, "buf| ", log.Lmsgprefix)
	bl.Print("first")
	bl.Print("second")
	bl.SetPrefix("")
	bl.Print("third")
	fmt.Printf("buffer: %q writer same %v\n", buf.String(), bl.Writer() == &buf)
	var sb strings.Builder
	bl.SetOutput(&sb)
	bl.SetFlags(0)
	bl.SetPrefix(">> ")
	bl.Println("into builder")
	fmt.Println("output err:", bl.Output(1, "via Output"))
	fmt.Printf("builder: %q\n", sb.String())
	dl := log.New(io.Discard, "", 0)
	dl.Println("discarded")
	fmt.Println("discard ok")

	fmt.Println("-- panics --")
	catch("Panic", func() { log.Panic("bad ", "thing ", 42) })
	catch("Panicf", func() { log.Panicf("code %d: %s", 7, "failed") })
	catch("Panicln", func() { log.Panicln("with", "newline") })
	catch("Logger.Panic", func() { l.Panic("logger panic") })
	catch("Logger.Panicf", func() { bl.Panicf("n=%d", 3) })
	fmt.Printf("builder after: %q\n", sb.String())
	catch("nested", func() {
		defer log.Println("deferred log runs during panic")
		log.Panic("outer")
	})
	log.Println("done")
}
