package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// An INI-style config loader. Errors are annotated with the line number in one deferred
// place; internal invariant violations panic and are converted at the API boundary.

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Ratio   float64
	Servers []string
	Limits  map[string]int
}

type SyntaxError struct {
	Line int
	Text string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

var ErrUnknownKey = errors.New("unknown key")

type loader struct {
	cfg     *Config
	section string
	line    int
}

func (l *loader) set(key, val string) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("line %d: [%s] %s: %w", l.line, l.section, key, err)
		}
	}()
	switch l.section + "." + key {
	case ".name":
		l.cfg.Name = val
	case "server.port":
		p, err := strconv.Atoi(val)
		if err != nil {
			return err
		}
		if p <= 0 || p > 65535 {
			return fmt.Errorf("port %d out of range", p)
		}
		l.cfg.Port = p
	case "server.debug":
		b, err := strconv.ParseBool(val)
		if err != nil {
			return err
		}
		l.cfg.Debug = b
	case "server.ratio":
		f, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return err
		}
		l.cfg.Ratio = f
	case "server.hosts":
		for _, h := range strings.Split(val, ",") {
			if h = strings.TrimSpace(h); h != "" {
				l.cfg.Servers = append(l.cfg.Servers, h)
			}
		}
	default:
		if l.section == "limits" {
			n, err := strconv.Atoi(val)
			if err != nil {
				return err
			}
			l.cfg.Limits[key] = n // Limits is nil unless the caller initialised it
			return nil
		}
		return ErrUnknownKey
	}
	return nil
}

func Load(text string) (cfg *Config, err error) {
	l := &loader{cfg: &Config{Port: 80}}
	defer func() {
		if r := recover(); r != nil {
			cfg, err = nil, fmt.Errorf("config loader bug at line %d: %v", l.line, r)
		}
	}()
	if strings.Contains(text, "[limits]") {
		l.cfg.Limits = map[string]int{}
	}
	for i, raw := range strings.Split(text, "\n") {
		l.line = i + 1
		line := strings.TrimSpace(raw)
		if j := strings.IndexAny(line, "#;"); j >= 0 {
			line = strings.TrimSpace(line[:j])
		}
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			l.section = strings.ToLower(strings.TrimSpace(line[1 : len(line)-1]))
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			return nil, &SyntaxError{l.line, raw}
		}
		if err := l.set(strings.ToLower(strings.TrimSpace(key)), strings.TrimSpace(val)); err != nil {
			return nil, err
		}
	}
	return l.cfg, nil
}

func main() {
	inputs := []string{
		"name = demo\n[server]\nport = 8080 # http\ndebug = true\nratio=0.75\nhosts = a, b,, c\n[limits]\nconn = 10\nrps=200",
		"[server]\nport = 99999",
		"[server]\nport = eighty",
		"name = x\nthis line is wrong\n",
		"[server]\ncolor = blue",
		"[LIMITS ] \n  burst = 5",
		"[limits2]\nx=1\n[Limits]\ny = 2",
	}
	for i, in := range inputs {
		cfg, err := Load(in)
		fmt.Printf("config %d: ", i)
		if err != nil {
			var se *SyntaxError
			var ne *strconv.NumError
			switch {
			case errors.As(err, &se):
				fmt.Printf("syntax error on line %d: %v\n", se.Line, err)
			case errors.As(err, &ne):
				fmt.Printf("bad number %q: %v\n", ne.Num, err)
			case errors.Is(err, ErrUnknownKey):
				fmt.Printf("unknown key: %v\n", err)
			default:
				fmt.Printf("error: %v\n", err)
			}
			continue
		}
		fmt.Printf("%+v\n", *cfg)
		println("servers:", len(cfg.Servers))
	}
}
