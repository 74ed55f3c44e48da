package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// failWriter fails on its n'th write (counting from 1).
type failWriter struct {
	n, calls int
	sb       strings.Builder
}

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	if f.calls == f.n {
		return 0, errors.New("disk full")
	}
	f.sb.Write(p)
	return len(p), nil
}

// shortWriter writes at most 2 bytes, without an error.
type shortWriter struct{ sb strings.Builder }

func (s *shortWriter) Write(p []byte) (int, error) {
	if len(p) > 2 {
		s.sb.Write(p[:2])
		return 2, nil
	}
	s.sb.Write(p)
	return len(p), nil
}

// panicWriter panics on its n'th write.
type panicWriter struct{ n, calls int }

func (p *panicWriter) Write(b []byte) (int, error) {
	p.calls++
	if p.calls == p.n {
		panic(fmt.Sprintf("writer exploded at call %d", p.calls))
	}
	return len(b), nil
}

func try(name string, f func()) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s: panic %T: %v\n", name, e, e)
		}
	}()
	f()
}

const text = "a\tbb\tccc\nline\twith\tcells\nplain line\nx\ty\tz\n"

func main() {
	// Writing in pieces gives the same output as writing at once.
	inputs := []string{
		text,
		"héllo\twörld\n日本\t語\n",
		"a\xffb\tc\xff\td\nee\t\xff<ff>\xff\n",
		"<a href=x>link</a>\t&amp;\tz\nxx\t&lt;&gt;\ty\n",
		"1\t2\f3\t4\n",
	}
	for _, flags := range []uint{0, tabwriter.FilterHTML, tabwriter.StripEscape | tabwriter.FilterHTML, tabwriter.Debug} {
		for _, in := range inputs {
			var whole, split, pairs strings.Builder
			w := tabwriter.NewWriter(&whole, 0, 8, 1, '_', flags)
			io.WriteString(w, in)
			w.Flush()
			w2 := tabwriter.NewWriter(&split, 0, 8, 1, '_', flags)
			for i := 0; i < len(in); i++ {
				w2.Write([]byte{in[i]})
			}
			w2.Flush()
			w3 := tabwriter.NewWriter(&pairs, 0, 8, 1, '_', flags)
			for i := 0; i < len(in); i += 3 {
				j := i + 3
				if j > len(in) {
					j = len(in)
				}
				fmt.Fprint(w3, in[i:j])
			}
			w3.Flush()
			fmt.Printf("%d %q same=%v %v\n", flags, whole.String(), whole.String() == split.String(), whole.String() == pairs.String())
		}
	}

	// Output errors come back from Write (with how much was taken) or Flush.
	for n := 1; n <= 12; n++ {
		fw := &failWriter{n: n}
		w := tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
		wn, werr := w.Write([]byte(text))
		var ferr error
		if werr == nil {
			ferr = w.Flush()
		} else {
			// Go's Writer is left inconsistent by a failed Write: Flush may panic.
			try("  flush after failed write", func() { ferr = w.Flush() })
		}
		fmt.Printf("fail at %d: write %d %v; flush %v; got %q\n", n, wn, werr, ferr, fw.sb.String())
		// The writer is usable again afterwards.
		fw.n = -1
		fmt.Fprintf(w, "p\tq\n")
		fmt.Println("  again:", w.Flush(), fmt.Sprintf("%q", fw.sb.String()))
	}
	for n := 1; n <= 8; n++ {
		fw := &failWriter{n: n}
		w := tabwriter.NewWriter(fw, 0, 8, 1, '-', tabwriter.Debug)
		wn, werr := w.Write([]byte("a\tbb\tccc\nline\twith\tcells\n"))
		ferr := w.Flush()
		fmt.Printf("flush fail at %d: write %d %v; flush %v; got %q\n", n, wn, werr, ferr, fw.sb.String())
		fmt.Println("  again:", w.Flush(), fw.calls)
	}
	var sw shortWriter
	w := tabwriter.NewWriter(&sw, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("ab\tc\n"))
	fmt.Println(n, err, err == io.ErrShortWrite)
	n, err = w.Write([]byte("abcd\tc\td\n"))
	fmt.Println(n, err, w.Flush(), sw.sb.String())

	// A panicking output becomes a tabwriter panic.
	try("write", func() {
		w := tabwriter.NewWriter(&panicWriter{n: 1}, 0, 8, 1, ' ', 0)
		w.Write([]byte("no tabs\n"))
	})
	try("flush", func() {
		w := tabwriter.NewWriter(&panicWriter{n: 3}, 0, 8, 1, ' ', 0)
		w.Write([]byte("a\tb\n"))
		w.Flush()
	})
	try("init", func() { tabwriter.NewWriter(io.Discard, -1, 8, 1, ' ', 0) })
	try("init2", func() { new(tabwriter.Writer).Init(io.Discard, 0, 0, -1, ' ', 0) })

	// Re-initializing drops what was collected.
	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "lost\tcells")
	w.Init(&sb, 0, 8, 2, '.', tabwriter.AlignRight)
	fmt.Fprint(w, "kept\tx\nyy\tzzz\n")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	fmt.Println(tabwriter.Escape, tabwriter.FilterHTML, tabwriter.StripEscape, tabwriter.AlignRight,
		tabwriter.DiscardEmptyColumns, tabwriter.TabIndent, tabwriter.Debug)

	// Unrecovered, the panic kills the program.
	w = tabwriter.NewWriter(&panicWriter{n: 2}, 0, 8, 1, ' ', 0)
	fmt.Fprint(w, "a\tb\n")
	w.Flush()
	fmt.Println("not reached")
}
