package main

import (
	"flag"
	"fmt"
	"os"
)

// A PanicOnError set panics with the error; unrecovered, the program dies with it.
func main() {
	fs := flag.NewFlagSet("p", flag.PanicOnError)
	fs.SetOutput(os.Stdout)
	fs.Int64("size", 1<<20, "size in bytes")
	defer fmt.Println("deferred runs during the panic")
	fs.Parse([]string{"-size", "12k"})
	fmt.Println("not reached")
}
