// A command-line tool skeleton: reads os.Args and environment variables
// with defaults, prints usage to stderr and exits 2 when args are missing.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

type Config struct {
	Name    string
	Verbose bool
	Width   int
	Mode    string
}

func getenv(key, def string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def
}

func loadConfig() (Config, []string) {
	var warnings []string
	c := Config{Name: filepath.Base(getenv("TOOL_PATH_UNSET_XYZ", "/usr/local/bin/linecount")), Mode: getenv("TOOL_MODE_UNSET_XYZ", "fast")}
	w := getenv("TOOL_WIDTH_UNSET_XYZ", "80")
	n, err := strconv.Atoi(w)
	if err != nil {
		warnings = append(warnings, err.Error())
		n = 80
	}
	c.Width = n
	c.Verbose, err = strconv.ParseBool(getenv("TOOL_VERBOSE_UNSET_XYZ", "false"))
	if err != nil {
		warnings = append(warnings, err.Error())
	}
	return c, warnings
}

func usage(name string) {
	fmt.Fprintf(os.Stderr, "usage: %s [-v] <command> <file>...\n", name)
	fmt.Fprintln(os.Stderr, "commands:")
	for _, c := range []string{"count", "upper", "head"} {
		fmt.Fprintf(os.Stderr, "  %-6s %s\n", c, describe(c))
	}
}

func describe(cmd string) string {
	switch cmd {
	case "count":
		return "count lines"
	case "upper":
		return "print in upper case"
	case "head":
		return "print the first lines"
	}
	return "?"
}

func main() {
	cfg, warns := loadConfig()
	fmt.Printf("config: %+v\n", cfg)
	fmt.Println("warnings:", warns, warns == nil, len(warns))
	fmt.Println("args after program:", len(os.Args)-1, os.Args[1:], os.Args[1:] == nil)
	home := os.Getenv("DEFINITELY_NOT_SET_VARIABLE_42")
	fmt.Printf("unset env: %q\n", home)
	_, ok := os.LookupEnv("DEFINITELY_NOT_SET_VARIABLE_42")
	fmt.Println("lookup ok:", ok)

	args := os.Args[1:]
	verbose := false
	if len(args) > 0 && args[0] == "-v" {
		verbose = true
		args = args[1:]
	}
	if len(args) < 2 {
		fmt.Fprintln(os.Stderr, "error: missing command or file")
		usage(cfg.Name)
		defer fmt.Println("deferred: never printed because os.Exit skips defers")
		os.Exit(2)
	}
	fmt.Println("verbose:", verbose, strings.Join(args, ","))
}
