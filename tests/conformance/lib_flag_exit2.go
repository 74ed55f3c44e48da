package main

import (
	"flag"
	"fmt"
)

// An ExitOnError set exits with status 2 after a parse error, having written the
// message and the usage to os.Stderr.
func main() {
	fs := flag.NewFlagSet("tool", flag.ExitOnError)
	n := fs.Int("n", 10, "number of `items`")
	v := fs.Bool("v", false, "verbose")
	fs.String("out", "a.out", "output file")
	fmt.Println(fs.Parse([]string{"-n", "3", "-v"}), *n, *v)
	fmt.Println("about to fail")
	fs.Parse([]string{"-n", "3", "-color", "x"})
	fmt.Println("not reached")
}
