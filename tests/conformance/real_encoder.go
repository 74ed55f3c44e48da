package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Field struct {
	Key   string
	Value any
}

type Record []Field

type Encoder struct {
	w       *bufio.Writer
	scratch []byte
	n       int
}

func NewEncoder(w *bufio.Writer) *Encoder { return &Encoder{w: w, scratch: make([]byte, 0, 64)} }

var errUnsupported = errors.New("unsupported value")

func (e *Encoder) value(v any) error {
	b := e.scratch[:0]
	switch x := v.(type) {
	case int:
		b = strconv.AppendInt(b, int64(x), 10)
	case uint8:
		b = append(b, "0x"...)
		b = strconv.AppendUint(b, uint64(x), 16)
	case float64:
		b = strconv.AppendFloat(b, x, 'f', -1, 64)
	case bool:
		b = strconv.AppendBool(b, x)
	case string:
		b = strconv.AppendQuote(b, x)
	case []byte:
		b = append(b, 'b')
		b = strconv.AppendQuoteToASCII(b, string(x))
	case nil:
		b = append(b, '~')
	default:
		return fmt.Errorf("%w: %T", errUnsupported, v)
	}
	e.scratch = b
	_, err := e.w.Write(b)
	return err
}

func (e *Encoder) Encode(r Record) (err error) {
	defer func() {
		if err == nil {
			e.n++
			err = e.w.WriteByte('\n')
		}
	}()
	for i, f := range r {
		if i > 0 {
			e.w.WriteByte(' ')
		}
		e.w.WriteString(f.Key)
		e.w.WriteByte('=')
		if err := e.value(f.Value); err != nil {
			e.w.WriteString("!ERR\n")
			return fmt.Errorf("field %q: %w", f.Key, err)
		}
	}
	return nil
}

func putUvarint(buf *bytes.Buffer, x uint64) int {
	n := 0
	for x >= 0x80 {
		buf.WriteByte(byte(x) | 0x80)
		x >>= 7
		n++
	}
	buf.WriteByte(byte(x))
	return n + 1
}

func readUvarint(buf *bytes.Buffer) (uint64, error) {
	var x uint64
	var s uint
	for i := 0; ; i++ {
		c, err := buf.ReadByte()
		if err != nil {
			return x, fmt.Errorf("varint byte %d: %w", i, err)
		}
		if c < 0x80 {
			return x | uint64(c)<<s, nil
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
}

func main() {
	out := bufio.NewWriterSize(os.Stdout, 32)
	defer out.Flush()
	enc := NewEncoder(out)
	records := []Record{
		{{"id", 1}, {"name", "widget"}, {"price", 9.99}, {"ok", true}},
		{{"id", -2}, {"name", "tab\tand \"quote\""}, {"flags", uint8(200)}, {"none", nil}},
		{{"raw", []byte("caf\xc3\xa9\x01")}, {"big", 1e21}, {"tiny", 0.000001}},
		{{"id", 3}, {"bad", 3 + 4i}, {"never", "x"}},
		{{"unicode", "日本"}},
	}
	for i, r := range records {
		if err := enc.Encode(r); err != nil {
			fmt.Fprintf(out, "record %d: %v (unsupported=%t)\n", i, err, errors.Is(err, errUnsupported))
		}
	}
	fmt.Fprintf(out, "encoded %d records, buffered=%d avail=%d\n", enc.n, out.Buffered(), out.Available())

	var buf bytes.Buffer
	vals := []uint64{0, 1, 127, 128, 300, 16384, 1<<63 + 5}
	for _, v := range vals {
		n := putUvarint(&buf, v)
		fmt.Fprintf(out, "%-20d -> %d bytes\n", v, n)
	}
	fmt.Fprintf(out, "% x\n", buf.Bytes())
	for {
		v, err := readUvarint(&buf)
		if err != nil {
			fmt.Fprintln(out, "stop:", err)
			break
		}
		fmt.Fprint(out, v, " ")
	}
	buf.Reset()
	buf.Write([]byte{0x80, 0x80})
	_, err := readUvarint(&buf)
	fmt.Fprintln(out, err)

	for _, s := range []string{"42", "-0", "0x1f", "1e3", "abc", "9223372036854775808", " 7"} {
		i, err1 := strconv.Atoi(s)
		f, err2 := strconv.ParseFloat(s, 64)
		u, err3 := strconv.ParseInt(s, 0, 64)
		fmt.Fprintf(out, "%-22q atoi=%d,%v float=%g,%v int0=%d,%v\n", s, i, err1 != nil, f, err2 != nil, u, err3)
	}
	var ne *strconv.NumError
	_, err = strconv.ParseUint("-1", 10, 8)
	if errors.As(err, &ne) {
		fmt.Fprintln(out, ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	}
	fmt.Fprintln(out, strconv.Quote("☺\x00"), strconv.QuoteToASCII("☺"), strconv.Itoa(-99), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	uq, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Fprintf(out, "%q %v\n", uq, err)
	_, err = strconv.Unquote(`"unterminated`)
	fmt.Fprintln(out, err)
}
