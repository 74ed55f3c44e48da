package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// Config is what the service reads at start-up.
type Config struct {
	Name    string
	Port    int
	Debug   bool
	Workers int
	DataDir string
	Tags    []string
}

func defaults() Config {
	return Config{Name: "service", Port: 8080, Workers: 4, DataDir: "/var/lib/service"}
}

// ParseError reports a bad line of a config file.
type ParseError struct {
	File string
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var errUnknownKey = errors.New("unknown key")

func (c *Config) set(key, val string) error {
	var err error
	switch key {
	case "name":
		c.Name = val
	case "port":
		c.Port, err = strconv.Atoi(val)
	case "workers":
		c.Workers, err = strconv.Atoi(val)
	case "debug":
		c.Debug, err = strconv.ParseBool(val)
	case "data_dir":
		c.DataDir = os.ExpandEnv(val)
	case "tags":
		c.Tags = nil
		for _, t := range strings.Split(val, ",") {
			if t = strings.TrimSpace(t); t != "" {
				c.Tags = append(c.Tags, t)
			}
		}
	default:
		return fmt.Errorf("%w %q", errUnknownKey, key)
	}
	return err
}

func load(path string) (Config, error) {
	cfg := defaults()
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, fmt.Errorf("load config: %w", err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return cfg, &ParseError{path, i + 1, fmt.Errorf("missing '=' in %q", line)}
		}
		if err := cfg.set(strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)); err != nil {
			return cfg, &ParseError{path, i + 1, err}
		}
	}
	// Environment variables override the file.
	if v, ok := os.LookupEnv("DJTEST_CFG_PORT"); ok {
		if err := cfg.set("port", v); err != nil {
			return cfg, fmt.Errorf("DJTEST_CFG_PORT: %w", err)
		}
	}
	return cfg, nil
}

func report(path string) {
	cfg, err := load(path)
	var pe *ParseError
	var ne *strconv.NumError
	switch {
	case err == nil:
		fmt.Printf("%s: %+v\n", path, cfg)
	case errors.Is(err, fs.ErrNotExist):
		fmt.Printf("%s: not found, using defaults %+v\n", path, cfg)
		fmt.Println("   ", err)
	case errors.As(err, &ne):
		fmt.Printf("%s: bad number %q (func %s): %v\n", path, ne.Num, ne.Func, err)
		if errors.As(err, &pe) {
			fmt.Println("    at line", pe.Line)
		}
	case errors.As(err, &pe):
		fmt.Printf("%s: line %d: %v (unknown key: %v)\n", path, pe.Line, pe.Err, errors.Is(err, errUnknownKey))
	default:
		fmt.Printf("%s: error: %v\n", path, err)
	}
}

func main() {
	dir, err := os.MkdirTemp("", "cfgtest")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.Setenv("DJTEST_CFG_HOME", "/home/gopher")

	files := map[string]string{
		"good.conf":    "# service\nname = api\nport=9000\n\ndebug = true\ntags = a, b ,, c\ndata_dir = ${DJTEST_CFG_HOME}/data\n",
		"badport.conf": "name = x\nport = 80a\n",
		"unknown.conf": "name = y\n\ncolour = blue\n",
		"noeq.conf":    "name = z\njust some text\n",
		"badbool.conf": "debug = maybe\n",
	}
	for _, name := range []string{"good.conf", "badport.conf", "unknown.conf", "noeq.conf", "badbool.conf"} {
		if err := os.WriteFile(name, []byte(files[name]), 0600); err != nil {
			fmt.Println(err)
			return
		}
	}
	os.Mkdir("conf.d", 0700)
	for _, name := range []string{"good.conf", "badport.conf", "unknown.conf", "noeq.conf", "badbool.conf", "absent.conf", "conf.d"} {
		report(name)
	}
	os.Setenv("DJTEST_CFG_PORT", "7070")
	report("good.conf")
	os.Setenv("DJTEST_CFG_PORT", "seventy")
	report("good.conf")
	os.Unsetenv("DJTEST_CFG_PORT")
	os.Unsetenv("DJTEST_CFG_HOME")
	report("good.conf")
}
