package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// logReader logs each Read: the buffer length and what it returned.
type logReader struct {
	data  string
	log   []string
	chunk int // bytes per Read (0: as many as fit)
}

func (r *logReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		r.log = append(r.log, fmt.Sprintf("Read(%d)=EOF", len(p)))
		return 0, io.EOF
	}
	n := copy(p, r.data)
	if r.chunk > 0 && n > r.chunk {
		n = r.chunk
	}
	r.log = append(r.log, fmt.Sprintf("Read(%d)=%q", len(p), r.data[:n]))
	r.data = r.data[n:]
	return n, nil
}

// eofWithData returns its last byte together with io.EOF.
type eofWithData struct{ data string }

func (r *eofWithData) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	if len(r.data) == 0 {
		return n, io.EOF
	}
	return n, nil
}

var errBroken = errors.New("broken reader")

// brokenReader fails after its data.
type brokenReader struct{ data string }

func (r *brokenReader) Read(p []byte) (int, error) {
	if len(r.data) == 0 {
		return 0, errBroken
	}
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

// zeroReader returns 0, nil a few times before each byte.
type zeroReader struct {
	data  string
	zeros int
}

func (r *zeroReader) Read(p []byte) (int, error) {
	if r.zeros < 2 {
		r.zeros++
		return 0, nil
	}
	r.zeros = 0
	if len(r.data) == 0 {
		return 0, io.EOF
	}
	p[0] = r.data[0]
	r.data = r.data[1:]
	return 1, nil
}

// runeLog is a RuneScanner that logs its calls.
type runeLog struct {
	r   *strings.Reader
	log []string
}

func (r *runeLog) Read(p []byte) (int, error) { return r.r.Read(p) }

func (r *runeLog) ReadRune() (rune, int, error) {
	c, n, err := r.r.ReadRune()
	r.log = append(r.log, fmt.Sprintf("R%q", c))
	return c, n, err
}

func (r *runeLog) UnreadRune() error {
	r.log = append(r.log, "U")
	return r.r.UnreadRune()
}

func main() {
	// strings.Reader is an io.RuneScanner: the delimiter is put back.
	sr := strings.NewReader("10 20abc 30\n40")
	for i := 0; i < 5; i++ {
		var x int
		n, err := fmt.Fscan(sr, &x)
		fmt.Println("strings.Reader:", n, err, x, sr.Len())
	}
	var w string
	n, err := fmt.Fscan(strings.NewReader("abc"), &w)
	fmt.Println(n, err, w)

	// A plain reader is read one byte per Read; the rune after a token is lost.
	lr := &logReader{data: "12a 34 x"}
	var a, b int
	n, err = fmt.Fscan(lr, &a)
	fmt.Println("plain:", n, err, a, lr.log, strings.Join(lr.log, ","), len(lr.data))
	n, err = fmt.Fscan(lr, &b)
	fmt.Println("plain:", n, err, b, strings.Join(lr.log, ","), len(lr.data))
	lr.log = nil
	var s string
	n, err = fmt.Fscan(lr, &s)
	fmt.Println("plain:", n, err, s, strings.Join(lr.log, ","))
	lr.log = nil
	n, err = fmt.Fscan(lr, &s)
	fmt.Println("plain:", n, err, strings.Join(lr.log, ","))

	// Multi-byte runes and invalid UTF-8 through a plain reader.
	lr = &logReader{data: "héllo \xe6\x97 \xff\xfe x\xe4"}
	var s1, s2, s3, s4 string
	n, err = fmt.Fscan(lr, &s1, &s2, &s3, &s4)
	fmt.Printf("%d %v %q %q %q %q\n", n, err, s1, s2, s3, s4)
	fmt.Println(strings.Join(lr.log, ","))
	lr = &logReader{data: "\xe6\x97\xa5\xe6 9"}
	var i1 int
	n, err = fmt.Fscan(lr, &s1, &i1)
	fmt.Printf("%d %v %q %d\n", n, err, s1, i1)
	lr = &logReader{data: "\xf0\x9f\x98\x80\xf0\x9f 1", chunk: 1}
	n, err = fmt.Fscanf(lr, "%c%c%c%c", &a, &b, &i1, new(int))
	fmt.Println(n, err, a, b, i1)

	// A reader returning data with io.EOF.
	var p, q int
	n, err = fmt.Fscan(&eofWithData{"5 6"}, &p, &q)
	fmt.Println("eofWithData:", n, err, p, q)
	n, err = fmt.Fscanln(&eofWithData{"7"}, &p)
	fmt.Println("eofWithData ln:", n, err, p)

	// A reader that fails.
	p, q = 0, 0
	n, err = fmt.Fscan(&brokenReader{"5 6"}, &p, &q)
	fmt.Println("broken:", n, err, err == errBroken, p, q)
	n, err = fmt.Fscan(&brokenReader{"5 "}, &p, &q)
	fmt.Println("broken:", n, err, err == errBroken, p, q)
	n, err = fmt.Fscanf(&brokenReader{"5 "}, "%d %d", &p, &q)
	fmt.Println("broken f:", n, err, p, q)
	n, err = fmt.Fscanf(&brokenReader{`"ab`}, "%q", &s)
	fmt.Println("broken q:", n, err)
	n, err = fmt.Fscanln(&brokenReader{"5"}, &p)
	fmt.Println("broken ln:", n, err)

	// A reader that returns 0, nil is read again.
	n, err = fmt.Fscan(&zeroReader{data: "31 41"}, &p, &q)
	fmt.Println("zero:", n, err, p, q)

	// The calls a RuneScanner sees.
	rl := &runeLog{r: strings.NewReader("  42 x")}
	n, err = fmt.Fscan(rl, &p)
	fmt.Println(n, err, p, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("0x1Fg")}
	n, err = fmt.Fscan(rl, &p)
	fmt.Println(n, err, p, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("truex")}
	var bo bool
	n, err = fmt.Fscan(rl, &bo)
	fmt.Println(n, err, bo, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("1.5e+3 ")}
	var f float64
	n, err = fmt.Fscan(rl, &f)
	fmt.Println(n, err, f, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("a, b\n")}
	n, err = fmt.Fscanf(rl, "%s %s\n", &s1, &s2)
	fmt.Println(n, err, s1, s2, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("1 \r\n")}
	n, err = fmt.Fscanln(rl, &p)
	fmt.Println(n, err, p, strings.Join(rl.log, " "))
	rl = &runeLog{r: strings.NewReader("12345")}
	n, err = fmt.Fscanf(rl, "%2d", &p)
	fmt.Println(n, err, p, strings.Join(rl.log, " "))

	// Line by line with Fscanln over a bufio.Reader.
	br := bufio.NewReader(strings.NewReader("1 2\n3 4\n5\n6 7 8\n9 10"))
	for i := 0; i < 7; i++ {
		p, q = -1, -1
		n, err = fmt.Fscanln(br, &p, &q)
		fmt.Println("bufio ln:", n, err, p, q)
	}
	// Fscanf with a newline at the end of the format, line by line.
	bb := bytes.NewBufferString("a 1\nb 2\nc x\nd 4\n")
	for i := 0; i < 5; i++ {
		n, err = fmt.Fscanf(bb, "%s %d\n", &s, &p)
		fmt.Println("buffer f:", n, err, s, p)
	}
	// Fscan reading a whole stream of numbers.
	sum := 0
	nums := strings.NewReader("1 2 3\n4\t5   6\n\n7 8 9 10")
	for {
		var v int
		_, err := fmt.Fscan(nums, &v)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		sum += v
	}
	fmt.Println("sum", sum)
	// Fscanln with a plain reader loses nothing after the newline.
	lr = &logReader{data: "1\n2\n"}
	n, err = fmt.Fscanln(lr, &p)
	fmt.Println(n, err, p, strings.Join(lr.log, ","))
	n, err = fmt.Fscanln(lr, &p)
	fmt.Println(n, err, p, strings.Join(lr.log, ","))
}
