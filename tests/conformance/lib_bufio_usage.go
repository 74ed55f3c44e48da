package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const text = `# config
name = deferjit
  level=  3
empty =

flag
list = a, b ,c
`

type negReader struct{ n int }

func (r *negReader) Read(p []byte) (int, error) {
	r.n++
	if r.n > 2 {
		return -5, nil
	}
	return copy(p, "ok\n"), nil
}

// upper is an io.Writer that upper-cases what it passes on.
type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func parseConfig(r io.Reader) (map[string]string, []string) {
	cfg := map[string]string{}
	var problems []string
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, ok := strings.Cut(t, "=")
		if !ok {
			problems = append(problems, "line "+strconv.Itoa(line)+": no '=' in "+strconv.Quote(t))
			continue
		}
		cfg[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return cfg, problems
}

func main() {
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()

	cfg, problems := parseConfig(strings.NewReader(text))
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(out, "%-6s => %q\n", k, cfg[k])
	}
	for _, p := range problems {
		fmt.Fprintln(out, p)
	}

	// Word frequencies over several readers.
	src := io.MultiReader(strings.NewReader("the cat and the hat\n"), bytes.NewReader([]byte("The end; the END.")), strings.NewReader("\n  and   so on"))
	sc := bufio.NewScanner(src)
	sc.Split(bufio.ScanWords)
	freq := map[string]int{}
	total := 0
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".;,"))
		freq[w]++
		total++
	}
	words := make([]string, 0, len(freq))
	for w := range freq {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if freq[words[i]] != freq[words[j]] {
			return freq[words[i]] > freq[words[j]]
		}
		return words[i] < words[j]
	})
	fmt.Fprintln(out, "words:", total)
	for _, w := range words {
		fmt.Fprintf(out, "%5d %s\n", freq[w], w)
	}

	// Line numbering with a Reader and a Writer chained through a TeeReader.
	var copyOf strings.Builder
	br := bufio.NewReader(io.TeeReader(strings.NewReader("alpha\nbeta\r\ngamma"), &copyOf))
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if line != "" {
			fmt.Fprintf(out, "%3d| %s\n", n, strings.TrimRight(line, "\r\n"))
		}
		if err != nil {
			fmt.Fprintln(out, "end:", err)
			break
		}
	}
	fmt.Fprintf(out, "tee saw %d bytes\n", len(copyOf.String()))

	// Nested writers: bufio over an upper-casing writer over os.Stdout.
	out.Flush()
	inner := bufio.NewWriterSize(upper{os.Stdout}, 16)
	io.Copy(inner, strings.NewReader("this text is shouted through a 16-byte buffer\n"))
	inner.WriteString("and flushed at the end\n")
	fmt.Println("(before inner flush)")
	inner.Flush()

	// Replacer writing straight to the buffered stdout.
	esc := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	esc.WriteString(out, "<b>fish & chips</b>\n")
	fmt.Fprintln(out, "about to panic")
	out.Flush()

	// A Read returning a negative count makes bufio panic (not recovered).
	defer fmt.Println("deferred print runs during the panic")
	r := bufio.NewReader(&negReader{})
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
	}
}
