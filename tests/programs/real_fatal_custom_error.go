package main

import (
	"fmt"
	"strings"
)

// A pipeline whose stages report failures with a custom error type; main uses a
// must-style helper, so the first failure panics with the error and nothing recovers it.

type StageError struct {
	Stage string
	Line  int
	Cause string
}

func (e *StageError) Error() string {
	return fmt.Sprintf("stage %s failed at line %d: %s", e.Stage, e.Line, e.Cause)
}

type Record struct {
	Key   string
	Value string
}

func parse(lines []string) ([]Record, error) {
	var out []Record
	for i, l := range lines {
		k, v, ok := strings.Cut(l, "=")
		if !ok {
			return out, &StageError{"parse", i + 1, fmt.Sprintf("no '=' in %q", l)}
		}
		out = append(out, Record{strings.TrimSpace(k), strings.TrimSpace(v)})
	}
	return out, nil
}

func check(recs []Record) error {
	seen := map[string]int{}
	for i, r := range recs {
		if j, dup := seen[r.Key]; dup {
			return &StageError{"check", i + 1, fmt.Sprintf("key %q repeats line %d", r.Key, j)}
		}
		seen[r.Key] = i + 1
	}
	return nil
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func load(name string, lines []string) []Record {
	defer fmt.Println("load", name, "finished")
	recs, err := parse(lines)
	must(err)
	must(check(recs))
	return recs
}

func main() {
	defer println("main deferred: runs before the crash report")
	defer func() {
		// A deferred call that looks at the panic without stopping it.
		fmt.Println("main exiting")
	}()
	recs := load("good", []string{"a = 1", "b=2", " c =3 "})
	fmt.Println("good:", recs)
	recs = load("bad", []string{"x=1", "y=2", "x=3"})
	fmt.Println("unreachable", recs)
}
