package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// slowReader hands out at most step bytes per Read, and err with the last data.
type slowReader struct {
	data  string
	step  int
	err   error
	reads []int
}

func (r *slowReader) Read(p []byte) (int, error) {
	r.reads = append(r.reads, len(p))
	if len(r.data) == 0 {
		if r.err != nil {
			return 0, r.err
		}
		return 0, io.EOF
	}
	n := r.step
	if n > len(p) {
		n = len(p)
	}
	if n > len(r.data) {
		n = len(r.data)
	}
	copy(p, r.data[:n])
	r.data = r.data[n:]
	if len(r.data) == 0 && r.err != nil {
		return n, r.err
	}
	return n, nil
}

type stuckReader struct{ calls int }

func (r *stuckReader) Read(p []byte) (int, error) {
	r.calls++
	return 0, nil
}

type liarReader struct{}

func (liarReader) Read(p []byte) (int, error) { return len(p) + 1, nil }

type negReader struct{}

func (negReader) Read(p []byte) (int, error) { return -1, nil }

func scanAll(name string, sc *bufio.Scanner) {
	var toks []string
	for sc.Scan() {
		toks = append(toks, fmt.Sprintf("%q", sc.Text()))
	}
	fmt.Printf("%s: %v err=%v\n", name, toks, sc.Err())
}

func main() {
	inputs := []string{
		"",
		"one",
		"one\n",
		"one\ntwo",
		"one\r\ntwo\r\n\r\n\nlast\r",
		"\n\n",
		"a\rb\n",
		"  lead  and trail  ",
		"tab\tsep\vvert\ffeed\u0085nel\u00a0nbsp\u2003em\u3000ideo\u200bzw end",
		"héllo, 世界 \xff\xfe bad \xe4\xb8",
	}
	splits := []struct {
		name string
		f    bufio.SplitFunc
	}{{"lines", bufio.ScanLines}, {"words", bufio.ScanWords}, {"runes", bufio.ScanRunes}, {"bytes", bufio.ScanBytes}}
	for _, in := range inputs {
		fmt.Printf("input %q\n", in)
		for _, s := range splits {
			sc := bufio.NewScanner(strings.NewReader(in))
			sc.Split(s.f)
			scanAll("  "+s.name, sc)
			// The same through a one-byte reader with the error together with data.
			sc = bufio.NewScanner(&slowReader{data: in, step: 1, err: io.EOF})
			sc.Split(s.f)
			scanAll("  "+s.name+"/slow", sc)
		}
	}

	// Split functions called directly.
	fmt.Println("== direct")
	for _, d := range []string{"", "ab", "a\r\n", "\r", "\xe4\xb8", "\xe4\xb8\x96x", "  x y", "   "} {
		for _, atEOF := range []bool{false, true} {
			for _, s := range splits {
				func() {
					defer func() {
						if r := recover(); r != nil {
							fmt.Printf("  %s(%q,%v) panics: %v\n", s.name, d, atEOF, r)
						}
					}()
					adv, tok, err := s.f([]byte(d), atEOF)
					fmt.Printf("  %s(%q,%v) = %d %q nil=%v %v\n", s.name, d, atEOF, adv, tok, tok == nil, err)
				}()
			}
		}
	}

	// Long lines: growth of the buffer, and ErrTooLong.
	fmt.Println("== sizes")
	long := strings.Repeat("x", 10000)
	sc := bufio.NewScanner(strings.NewReader("short\n" + long + "\nafter"))
	for sc.Scan() {
		fmt.Println("len", len(sc.Text()))
	}
	fmt.Println("err", sc.Err())
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize) + "\nz"))
	for sc.Scan() {
		fmt.Println("len", len(sc.Text()))
	}
	fmt.Println("err", sc.Err(), sc.Err() == bufio.ErrTooLong)
	sc = bufio.NewScanner(strings.NewReader(strings.Repeat("y", bufio.MaxScanTokenSize-1) + "\nz"))
	for sc.Scan() {
		fmt.Println("len", len(sc.Text()))
	}
	fmt.Println("err", sc.Err())
	for _, max := range []int{4, 5, 6, 10} {
		sc = bufio.NewScanner(strings.NewReader("abc\nabcd\nabcde\nab"))
		sc.Buffer(make([]byte, 0, 2), max)
		scanAll(fmt.Sprintf("max %d", max), sc)
	}
	sc = bufio.NewScanner(strings.NewReader("abc def ghij"))
	sc.Buffer(make([]byte, 3, 4), 4)
	sc.Split(bufio.ScanWords)
	scanAll("words max 4", sc)
	// A slow reader records the read sizes (buffer growth pattern).
	sr := &slowReader{data: strings.Repeat("q", 9000) + "\n", step: 3000}
	sc = bufio.NewScanner(sr)
	for sc.Scan() {
		fmt.Println("len", len(sc.Bytes()))
	}
	fmt.Println("reads", sr.reads, sc.Err())

	// Custom split functions.
	fmt.Println("== custom")
	comma := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, ','); i >= 0 {
			return i + 1, data[:i], nil
		}
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("a,b,,c,"))
	sc.Split(comma)
	scanAll("comma", sc)
	final := func(data []byte, atEOF bool) (int, []byte, error) {
		if i := bytes.IndexByte(data, '.'); i >= 0 {
			if i == 0 {
				return 1, nil, bufio.ErrFinalToken
			}
			return i + 1, data[:i], bufio.ErrFinalToken
		}
		return comma(data, atEOF)
	}
	for _, in := range []string{"x,y.z,w", ".rest", "p,q", "x,.y"} {
		sc = bufio.NewScanner(strings.NewReader(in))
		sc.Split(final)
		scanAll("final "+in, sc)
		fmt.Println("  scan again:", sc.Scan())
	}
	emptyFinal := func(data []byte, atEOF bool) (int, []byte, error) {
		return 0, []byte{}, bufio.ErrFinalToken
	}
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(emptyFinal)
	fmt.Printf("empty final: %v %q %v\n", sc.Scan(), sc.Text(), sc.Err())
	custom := errors.New("custom split error")
	failing := func(data []byte, atEOF bool) (int, []byte, error) {
		if len(data) > 3 {
			return 0, nil, custom
		}
		return comma(data, atEOF)
	}
	sc = bufio.NewScanner(&slowReader{data: "a,bcdefg", step: 2})
	sc.Split(failing)
	scanAll("failing", sc)
	fmt.Println("  again:", sc.Scan(), sc.Err() == custom)
	neg := func(data []byte, atEOF bool) (int, []byte, error) { return -1, data, nil }
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(neg)
	scanAll("negative", sc)
	far := func(data []byte, atEOF bool) (int, []byte, error) { return len(data) + 1, data, nil }
	sc = bufio.NewScanner(strings.NewReader("abc"))
	sc.Split(far)
	scanAll("too far", sc)
	// Empty tokens that advance are fine; at EOF they are counted.
	n := 0
	someEmpty := func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF {
			n++
			if n > 5 {
				return 0, nil, nil
			}
			return 0, []byte{}, nil
		}
		if len(data) > 0 {
			return 1, []byte{}, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("ab"))
	sc.Split(someEmpty)
	scanAll("empties", sc)

	// Reader errors.
	fmt.Println("== reader errors")
	boom := errors.New("boom")
	sc = bufio.NewScanner(&slowReader{data: "l1\nl2\nl3", step: 4, err: boom})
	scanAll("error with data", sc)
	sc = bufio.NewScanner(&slowReader{data: "l1\nl2", step: 100, err: boom})
	scanAll("error at end", sc)
	stuck := &stuckReader{}
	sc = bufio.NewScanner(stuck)
	scanAll("stuck", sc)
	fmt.Println("  calls", stuck.calls, sc.Err() == io.ErrNoProgress)
	sc = bufio.NewScanner(liarReader{})
	scanAll("liar", sc)
	sc = bufio.NewScanner(negReader{})
	scanAll("negative read", sc)

	// Panics of Buffer and Split after Scan.
	fmt.Println("== panics")
	sc = bufio.NewScanner(strings.NewReader("a\nb"))
	sc.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Buffer(nil, 10)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Split(bufio.ScanWords)
	}()
	sc.Scan()
	fmt.Println("still", sc.Text())
	fmt.Println(bufio.ErrTooLong, "|", bufio.ErrNegativeAdvance, "|", bufio.ErrAdvanceTooFar, "|", bufio.ErrBadReadCount, "|", bufio.ErrFinalToken)
	stall := func(data []byte, atEOF bool) (int, []byte, error) {
		if atEOF {
			return 0, []byte{}, nil
		}
		return 0, nil, nil
	}
	sc = bufio.NewScanner(strings.NewReader("zz"))
	sc.Split(stall)
	count := 0
	defer func() { fmt.Println("deferred in main, count", count) }()
	for sc.Scan() {
		count++
	}
	fmt.Println("not reached")
}
