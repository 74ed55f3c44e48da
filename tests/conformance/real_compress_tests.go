// Hand-written table-driven tests (no testing package) for a run-length
// string compressor and its inverse, printing PASS/FAIL lines.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// compress turns "aaabcc" into "a3bc2" (counts of 1 are omitted).
func compress(s string) string {
	if s == "" {
		return ""
	}
	var out strings.Builder
	runes := []rune(s)
	prev, count := runes[0], 1
	flush := func() {
		out.WriteRune(prev)
		if count > 1 {
			out.WriteString(strconv.Itoa(count))
		}
	}
	for _, r := range runes[1:] {
		if r == prev {
			count++
			continue
		}
		flush()
		prev, count = r, 1
	}
	flush()
	return out.String()
}

var errDigitFirst = errors.New("count without character")

func decompress(s string) (string, error) {
	var out []rune
	runes := []rune(s)
	for i := 0; i < len(runes); {
		r := runes[i]
		if unicode.IsDigit(r) {
			return "", fmt.Errorf("position %d: %w", i, errDigitFirst)
		}
		j := i + 1
		for j < len(runes) && unicode.IsDigit(runes[j]) {
			j++
		}
		n := 1
		if j > i+1 {
			var err error
			n, err = strconv.Atoi(string(runes[i+1 : j]))
			if err != nil {
				return "", fmt.Errorf("position %d: %w", i+1, err)
			}
		}
		for k := 0; k < n; k++ {
			out = append(out, r)
		}
		i = j
	}
	return string(out), nil
}

type testCase struct {
	name string
	in   string
	want string
}

func main() {
	tests := []testCase{
		{"empty", "", ""},
		{"single", "a", "a"},
		{"pair", "aa", "a2"},
		{"mixed", "aaabccdddd", "a3bc2d4"},
		{"no runs", "abc", "abc"},
		{"long run", strings.Repeat("z", 12), "z12"},
		{"unicode", "ééé世世x", "é3世2x"},
		{"deliberately wrong", "aab", "a2b1"},
		{"spaces", "  x  ", " 2x 2"},
	}
	pass, fail := 0, 0
	for i, tc := range tests {
		got := compress(tc.in)
		status := "PASS"
		if got != tc.want {
			status = "FAIL"
			fail++
		} else {
			pass++
		}
		fmt.Printf("%-4s %02d %-20s compress(%q) = %q", status, i, tc.name, tc.in, got)
		if status == "FAIL" {
			fmt.Printf(", want %q", tc.want)
		}
		fmt.Println()
	}

	decTests := map[string]struct {
		in      string
		want    string
		wantErr error
	}{
		"basic":     {"a3b", "aaab", nil},
		"digit":     {"3a", "", errDigitFirst},
		"overflow":  {"a99999999999999999999", "", strconv.ErrRange},
		"roundtrip": {compress("hello  world"), "hello  world", nil},
	}
	names := []string{"basic", "digit", "overflow", "roundtrip", "missing"}
	for _, name := range names {
		tc, ok := decTests[name]
		if !ok {
			fmt.Printf("SKIP %s (no such case; zero=%+v)\n", name, tc)
			continue
		}
		got, err := decompress(tc.in)
		switch {
		case tc.wantErr != nil && !errors.Is(err, tc.wantErr):
			fmt.Printf("FAIL %s: err = %v, want %v\n", name, err, tc.wantErr)
			fail++
		case tc.wantErr != nil:
			fmt.Printf("PASS %s: got expected error %q\n", name, err.Error())
			pass++
		case got != tc.want || err != nil:
			fmt.Printf("FAIL %s: got %q, %v\n", name, got, err)
			fail++
		default:
			fmt.Printf("PASS %s: %q\n", name, got)
			pass++
		}
	}
	delete(decTests, "digit")
	delete(decTests, "nothing")
	fmt.Println("remaining cases:", len(decTests))

	// Property: decompress(compress(x)) == x for letter-only strings.
	gen := func(seed int) func() string {
		state := seed
		return func() string {
			var sb strings.Builder
			for i := 0; i < 8; i++ {
				state = (state*1103515245 + 12345) % 2147483648
				sb.WriteByte("aab"[state%3])
			}
			return sb.String()
		}
	}
	next := gen(42)
	for i := 0; i < 5; i++ {
		s := next()
		back, err := decompress(compress(s))
		ok := back == s && err == nil
		fmt.Printf("prop %d %s -> %s ok=%t\n", i, s, compress(s), ok)
	}
	fmt.Printf("total: %d passed, %d failed\n", pass, fail)
}
