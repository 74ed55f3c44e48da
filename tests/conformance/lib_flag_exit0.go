package main

import (
	"flag"
	"fmt"
	"time"
)

// An ExitOnError set exits with status 0 on -help, having written the usage to
// os.Stderr.
func main() {
	fs := flag.NewFlagSet("server", flag.ExitOnError)
	fs.Duration("timeout", 30*time.Second, "request `timeout`")
	fs.Uint("port", 8080, "port to listen on")
	fs.Float64("load", 0.75, "target load")
	fs.Bool("tls", false, "serve TLS")
	defer fmt.Println("deferred calls do not run on exit")
	fmt.Println("parsing")
	fs.Parse([]string{"-port", "99", "-help", "-tls"})
	fmt.Println("not reached")
}
