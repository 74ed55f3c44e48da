package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

// word scans a token with Token(true, nil).
type word struct{ s string }

func (w *word) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(true, nil)
	if err != nil {
		return err
	}
	w.s = fmt.Sprintf("%c:%s", verb, tok)
	return nil
}

// digits scans a run of digits with a custom Token function, no space skipping.
type digits string

func (d *digits) Scan(st fmt.ScanState, verb rune) error {
	tok, err := st.Token(false, unicode.IsDigit)
	*d = digits(tok)
	return err
}

// point scans "(x,y)" rune by rune and with nested Fscan calls.
type point struct{ x, y int }

func (p *point) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	if err != nil {
		return err
	}
	if r != '(' {
		return errors.New("point: want (")
	}
	if _, err := fmt.Fscan(st, &p.x); err != nil {
		return err
	}
	r, _, err = st.ReadRune()
	if err != nil {
		return err
	}
	if r != ',' {
		return fmt.Errorf("point: want , got %q", r)
	}
	if _, err := fmt.Fscanf(st, "%d)", &p.y); err != nil {
		return err
	}
	return nil
}

// widthy reports its width and reads runes until EOF.
type widthy struct{ s string }

func (w *widthy) Scan(st fmt.ScanState, verb rune) error {
	wid, ok := st.Width()
	var sb strings.Builder
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			w.s = fmt.Sprintf("wid=%d,%v verb=%c read=%q err=%v", wid, ok, verb, sb.String(), err)
			return nil
		}
		sb.WriteRune(r)
		if sb.Len() > 20 {
			break
		}
	}
	w.s = sb.String()
	return nil
}

// eofer returns io.EOF.
type eofer struct{}

func (eofer) Scan(st fmt.ScanState, verb rune) error { return io.EOF }

// panicker panics with io.EOF or a scan-unrelated value.
type panicker struct{ v any }

func (p panicker) Scan(st fmt.ScanState, verb rune) error { panic(p.v) }

// reader calls Read and UnreadRune.
type reader struct{ s string }

func (r *reader) Scan(st fmt.ScanState, verb rune) error {
	buf := make([]byte, 4)
	n, err := st.Read(buf)
	r.s = fmt.Sprintf("Read=%d,%v", n, err)
	c, size, err := st.ReadRune()
	r.s += fmt.Sprintf(" rune=%q,%d,%v", c, size, err)
	err = st.UnreadRune()
	r.s += fmt.Sprintf(" unread=%v", err)
	c, size, err = st.ReadRune()
	r.s += fmt.Sprintf(" again=%q,%d,%v", c, size, err)
	return nil
}

// lineEater reads runes until an error, in a Scanln.
type lineEater struct{ got []rune }

func (l *lineEater) Scan(st fmt.ScanState, verb rune) error {
	for {
		r, _, err := st.ReadRune()
		if err != nil {
			return nil
		}
		l.got = append(l.got, r)
	}
}

// spaceSkipper calls SkipSpace in an Sscanf.
type spaceSkipper struct{ r rune }

func (s *spaceSkipper) Scan(st fmt.ScanState, verb rune) error {
	st.SkipSpace()
	r, _, err := st.ReadRune()
	s.r = r
	return err
}

func main() {
	var w1, w2 word
	n, err := fmt.Sscan("  hello  world ", &w1, &w2)
	fmt.Println(n, err, w1.s, w2.s)
	n, err = fmt.Sscanf("x yz", "%s %q", &w1, &w2)
	fmt.Println(n, err, w1.s, w2.s)
	n, err = fmt.Sscan("   ", &w1)
	fmt.Println(n, err)

	var d digits
	var rest string
	n, err = fmt.Sscan("123abc", &d, &rest)
	fmt.Println(n, err, d, rest)
	n, err = fmt.Sscan(" 123", &d, &rest)
	fmt.Printf("%d %v %q %q\n", n, err, d, rest)

	var p, q point
	n, err = fmt.Sscan("(1,2) (30,-4)", &p, &q)
	fmt.Println(n, err, p, q)
	n, err = fmt.Sscan("(1;2)", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("[1,2]", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1,", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(1,2", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(", &p)
	fmt.Println(n, err)
	n, err = fmt.Sscan("(x,2)", &p)
	fmt.Println(n, err)
	var k int
	n, err = fmt.Sscanf("pt=(5,6) k=7", "pt=%v k=%d", &p, &k)
	fmt.Println(n, err, p, k)

	var wd widthy
	n, err = fmt.Sscanf("abcdefgh", "%3v", &wd)
	fmt.Println(n, err, wd.s)
	n, err = fmt.Sscanf("abcdefgh", "%x", &wd)
	fmt.Println(n, err, wd.s)
	n, err = fmt.Sscan("ab\ncd", &wd)
	fmt.Println(n, err, wd.s)
	n, err = fmt.Sscanln("ab\ncd", &wd)
	fmt.Println(n, err, wd.s)
	n, err = fmt.Sscanf("abc def", "%2v%3v", &wd, &w1)
	fmt.Println(n, err, wd.s, w1.s)

	n, err = fmt.Sscan("x", eofer{})
	fmt.Println(n, err, err == io.ErrUnexpectedEOF)
	var x int
	n, err = fmt.Sscan("4", &x, panicker{io.EOF})
	fmt.Println(n, err, err == io.EOF, x)

	var rd reader
	n, err = fmt.Sscan("zq", &rd)
	fmt.Println(n, err, rd.s)
	n, err = fmt.Sscan("", &rd)
	fmt.Println(n, err, rd.s)

	var le lineEater
	n, err = fmt.Sscanln("a b\nc", &le)
	fmt.Printf("%d %v %q\n", n, err, string(le.got))
	le.got = nil
	n, err = fmt.Sscan("a b\nc", &le)
	fmt.Printf("%d %v %q\n", n, err, string(le.got))

	var sk spaceSkipper
	n, err = fmt.Sscanf("  \n x", "%v", &sk)
	fmt.Printf("%d %v %q\n", n, err, sk.r)
	n, err = fmt.Sscanf(" \n x", "%c", &sk)
	fmt.Printf("%d %v %q\n", n, err, sk.r)
	n, err = fmt.Sscan(" \n x", &sk)
	fmt.Printf("%d %v %q\n", n, err, sk.r)

	// A panic that is not a scan error goes through.
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		fmt.Sscan("1", panicker{"boom"})
		fmt.Println("not reached")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r, r == io.ErrUnexpectedEOF)
		}()
		fmt.Sscan("1", panicker{io.ErrUnexpectedEOF})
	}()
	// A ScanState is also an io.RuneScanner and an io.Reader.
	var st fmt.ScanState
	fmt.Println(st == nil)
	var sc fmt.Scanner = &w1
	_, isRS := sc.(io.RuneScanner)
	fmt.Println(isRS)
}
