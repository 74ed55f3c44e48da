package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) {
	c.n += len(p)
	return len(p), nil
}

type failing struct{}

func (failing) Write(p []byte) (int, error) { return 0, errors.New("disk full") }

func main() {
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2.5)
	fmt.Fprintf(os.Stderr, "to stderr %d %s\n", 42, "x")
	fmt.Fprint(os.Stdout, "a", "b", 3, 4, "\n")
	var sb strings.Builder
	n, err := fmt.Fprintf(&sb, "%05d|%-4s|", 7, "ab")
	fmt.Println(sb.String(), n, err)
	c := &counter{}
	fmt.Fprintln(c, "hello", "world")
	fmt.Println(c.n)
	var w io.Writer = c
	fmt.Fprint(w, "xyz")
	fmt.Println(c.n)
	_, err = fmt.Fprintln(failing{}, "x")
	fmt.Println("err:", err)
	args := []any{"spread", 1, true}
	fmt.Println(fmt.Sprintf("%v-%v-%v", args...))
	fmt.Printf("%s %d %t\n", args...)
	fmt.Println(fmt.Errorf("e: %v %v %v", args...))
	fmt.Fprintln(os.Stdout, args...)
	io.WriteString(os.Stdout, "via io.WriteString\n")
	os.Stdout.WriteString("direct\n")
	fmt.Printf("%T %T\n", os.Stdout, w)
}
