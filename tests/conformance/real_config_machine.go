package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"
)

type State int

const (
	StTop State = iota
	StSection
	StMultiline
)

func (s State) String() string {
	return [...]string{"top", "section", "multiline"}[s]
}

type Value interface{}

type Config struct {
	Sections map[string]map[string]Value
	Order    []string
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrDuplicate = errors.New("duplicate key")

func parseValue(raw string) Value {
	if n, err := strconv.Atoi(raw); err == nil {
		return n
	}
	if f, err := strconv.ParseFloat(raw, 64); err == nil {
		return f
	}
	if b, err := strconv.ParseBool(raw); err == nil {
		return b
	}
	if u, err := strconv.Unquote(raw); err == nil {
		return u
	}
	if strings.HasPrefix(raw, "[") && strings.HasSuffix(raw, "]") {
		var list []Value
		for _, p := range strings.Split(raw[1:len(raw)-1], ",") {
			list = append(list, parseValue(strings.TrimSpace(p)))
		}
		return list
	}
	return raw
}

func Parse(src string) (*Config, []error) {
	cfg := &Config{Sections: map[string]map[string]Value{}}
	var errs []error
	state := StTop
	section := ""
	var mlKey string
	var ml []string
	sc := bufio.NewScanner(strings.NewReader(src))
	lineNo := 0
	set := func(k string, v Value) {
		sec := cfg.Sections[section]
		if sec == nil {
			sec = map[string]Value{}
			cfg.Sections[section] = sec
			cfg.Order = append(cfg.Order, section)
		}
		if _, dup := sec[k]; dup {
			errs = append(errs, &ParseError{lineNo, fmt.Errorf("%w: %s.%s", ErrDuplicate, section, k)})
			return
		}
		sec[k] = v
	}
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch state {
		case StMultiline:
			if trimmed == `"""` {
				set(mlKey, strings.Join(ml, "\n"))
				state = StSection
				continue
			}
			ml = append(ml, line)
			continue
		case StTop, StSection:
			if trimmed == "" || strings.HasPrefix(trimmed, "#") {
				continue
			}
			if strings.HasPrefix(trimmed, "[") {
				if !strings.HasSuffix(trimmed, "]") {
					errs = append(errs, &ParseError{lineNo, errors.New("unterminated section")})
					continue
				}
				section = trimmed[1 : len(trimmed)-1]
				state = StSection
				continue
			}
			k, v, ok := strings.Cut(trimmed, "=")
			if !ok {
				errs = append(errs, &ParseError{lineNo, fmt.Errorf("expected key = value, got %q", trimmed)})
				continue
			}
			k, v = strings.TrimSpace(k), strings.TrimSpace(v)
			if v == `"""` {
				state, mlKey, ml = StMultiline, k, nil
				continue
			}
			set(k, parseValue(v))
		}
	}
	if state == StMultiline {
		errs = append(errs, &ParseError{lineNo, fmt.Errorf("unterminated multiline %q in state %v", mlKey, state)})
	}
	return cfg, errs
}

func describe(v Value) string {
	switch x := v.(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case float64:
		return fmt.Sprintf("float %g", x)
	case bool:
		return fmt.Sprintf("bool %t", x)
	case string:
		return fmt.Sprintf("string %q (%d runes)", x, utf8.RuneCountInString(x))
	case []Value:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = describe(e)
		}
		return "list[" + strings.Join(parts, "; ") + "]"
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

const sample = `
# global settings
name = "demo app"
debug = true
[server]
host = localhost
port = 8080
ratio = 0.75
tags = [web, 3, 2.5, "x y", false]
port = 9090
motd = """
  Welcome, ünïcode user!
  Enjoy ☕
"""
[broken
just some words
[db]
url = "postgres://u@h/db?x=1"
timeout = 1e3
notes = """
dangling`

func main() {
	os.Setenv("CFG_MODE", "test")
	cfg, errs := Parse(sample)
	for _, sec := range cfg.Order {
		fmt.Printf("[%s]\n", sec)
		for _, k := range []string{"name", "debug", "host", "port", "ratio", "tags", "motd", "url", "timeout", "notes"} {
			if v, ok := cfg.Sections[sec][k]; ok {
				fmt.Printf("  %-8s %s\n", k, describe(v))
			}
		}
	}
	fmt.Println(len(errs), "errors")
	joined := errors.Join(errs...)
	fmt.Println(joined)
	var pe *ParseError
	fmt.Println(errors.As(joined, &pe), pe.Line, errors.Is(joined, ErrDuplicate))
	fmt.Println(cfg.Sections["server"]["tags"], os.Getenv("CFG_MODE"), os.Getenv("CFG_NOPE") == "")
	v, ok := os.LookupEnv("CFG_MODE")
	fmt.Printf("%q %v %v\n", v, ok, cfg.Sections[""])
}
