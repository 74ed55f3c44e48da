package main

import (
	"fmt"
	"os"
	"strings"
)

// A tiny command-line style program: it checks its "arguments", reports problems, and
// exits with status 3 on a usage error, from a path with no deferred calls pending.

type options struct {
	verbose bool
	level   int
	files   []string
}

func parseArgs(args []string) (opts options, problems []string) {
	defer func() {
		// Runs and finishes before os.Exit is ever reached.
		if r := recover(); r != nil {
			problems = append(problems, fmt.Sprint("internal: ", r))
		}
	}()
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-v":
			opts.verbose = true
		case a == "-level":
			i++
			lvl := args[i] // panics when -level is the last argument
			if len(lvl) != 1 || lvl[0] < '0' || lvl[0] > '9' {
				problems = append(problems, "bad level "+lvl)
				continue
			}
			opts.level = int(lvl[0] - '0')
		case strings.HasPrefix(a, "-"):
			problems = append(problems, "unknown flag "+a)
		default:
			opts.files = append(opts.files, a)
		}
	}
	return opts, problems
}

func usage(problems []string) {
	for _, p := range problems {
		fmt.Fprintln(os.Stderr, "error:", p)
	}
	fmt.Println("usage: tool [-v] [-level N] FILE...")
	os.Exit(3)
}

func run(args []string) {
	opts, problems := parseArgs(args)
	fmt.Printf("args %q -> verbose=%t level=%d files=%v problems=%d\n",
		args, opts.verbose, opts.level, opts.files, len(problems))
	if len(problems) > 0 || len(opts.files) == 0 {
		if len(opts.files) == 0 {
			problems = append(problems, "no files")
		}
		usage(problems)
	}
}

func main() {
	run([]string{"-v", "-level", "4", "a.txt", "b.txt"})
	run([]string{"c.txt", "-level", "x"}[:1])
	println("about to fail")
	run([]string{"-q", "-level", "7", "-level"})
	fmt.Println("unreachable")
}
