package main

import (
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"strings"
)

type enc struct {
	name string
	e    *base64.Encoding
}

type chunkReader struct {
	s string
	k int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := c.k
	if n > len(p) {
		n = len(p)
	}
	if n > len(c.s) {
		n = len(c.s)
	}
	copy(p, c.s[:n])
	c.s = c.s[n:]
	return n, nil
}

type logWriter struct{ calls []string }

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	return len(p), nil
}

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: recovered %v\n", name, recover())
	}()
	f()
}

func main() {
	custom := base64.NewEncoding("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-")
	encs := []enc{
		{"Std", base64.StdEncoding}, {"URL", base64.URLEncoding}, {"RawStd", base64.RawStdEncoding},
		{"RawURL", base64.RawURLEncoding}, {"StdStrict", base64.StdEncoding.Strict()},
		{"RawStrict", base64.RawStdEncoding.Strict()}, {"Custom", custom},
		{"Star", base64.StdEncoding.WithPadding('*')}, {"CustomNoPad", custom.WithPadding(base64.NoPadding)},
		{"High", base64.URLEncoding.WithPadding(0xff)},
	}
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xff\xfe\xfd", "\xfb\xff", "\x00", "\x00\x00\x00\x00",
		"Man is distinguished, not only by his reason", "\x03\xe0\x7f\xbf\xff"}
	for _, e := range encs {
		fmt.Println("==", e.name)
		for _, in := range inputs {
			s := e.e.EncodeToString([]byte(in))
			back, err := e.e.DecodeString(s)
			fmt.Printf("  %q -> %q (%d,%d) back=%v %v\n", in, s, e.e.EncodedLen(len(in)), e.e.DecodedLen(len(s)), string(back) == in, err)
		}
	}
	bad := []string{"", "=", "==", "A", "AA", "AAA", "AAAA", "AA==", "AA=", "AAA=", "A===", "AA=A", "AAA=A", "AAAA=",
		"AA==AA==", "Zg==Zg==", "Zm9v\nYmFy", "Zm9v\r\nYmFy\n", "\nZg==\n", "Zg=\n=", "Zg=\n", "Zg==\n\nx", "Zh==", "Zm9=",
		"Zm8=", "Zg", "Zh", "Zm9", "Zm8", "!!!!", "Zm9v!", "Zm9vYmFy!", "Zm9vYmFyZm9vYmFy", "Zm9vYmFyZm9vYmF!",
		"Zm9v YmFy", "Zm9vYmFyZm9vYmFyZg==", "Zm9vYmFyZm9vYmFyZg", "-_-_", "+/+/", "Zm9vYmFy\n", "****", "Zg**",
		"Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmF=", "A\nA\nA\nA\n", "AAAAAAAAAAAAAAAA\n=", "\xff"}
	for _, e := range encs[:8] {
		fmt.Println("== decode", e.name)
		for _, s := range bad {
			b, err := e.e.DecodeString(s)
			var cie base64.CorruptInputError
			isCIE := errors.As(err, &cie)
			fmt.Printf("  %q: %q len=%d cap=%d %v %v\n", s, b, len(b), cap(b), err, isCIE)
		}
	}
	// What Decode writes into dst beyond n.
	for _, s := range []string{"Zm9vYmFy", "Zm9vYmFyZm9v", "Zm9vYmFyZm9vYmFyZg==", "Zm9v", "Zg==", "Zm9vYmFyZm9v!", "Zm8=", "Zm9vYmFyZm8="} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.StdEncoding.Strict()} {
			dst := []byte("################")
			n, err := e.Decode(dst, []byte(s))
			fmt.Printf("Decode(%q) = %d %v dst=%q\n", s, n, err, dst)
		}
	}
	func() {
		defer func() { fmt.Println("short dst:", recover()) }()
		dst := make([]byte, 2)
		base64.StdEncoding.Decode(dst, []byte("Zm9v"))
	}()
	func() {
		defer func() { fmt.Println("short encode dst:", recover()) }()
		base64.StdEncoding.Encode(make([]byte, 3), []byte("a"))
	}()
	ae := base64.StdEncoding.AppendEncode([]byte("x="), []byte("hello"))
	fmt.Println("AppendEncode:", string(ae), len(ae), cap(ae))
	ad, err := base64.StdEncoding.AppendDecode([]byte("y:"), []byte("aGVsbG8="))
	fmt.Printf("AppendDecode: %q %d %d %v\n", ad, len(ad), cap(ad), err)
	ad, err = base64.RawStdEncoding.AppendDecode(nil, []byte("aGVsbG8!"))
	fmt.Printf("AppendDecode err: %q %d %d %v\n", ad, len(ad), cap(ad), err)
	fmt.Println(base64.CorruptInputError(42), base64.CorruptInputError(-1))

	try("short alphabet", func() { base64.NewEncoding("abc") })
	try("newline alphabet", func() {
		base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+\n")
	})
	try("dup alphabet", func() {
		base64.NewEncoding("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+A")
	})
	for _, p := range []rune{'=', '*', base64.NoPadding, -2, '\n', '\r', 0x100, 'A', '+', 0, 0xff} {
		p := p
		try(fmt.Sprintf("WithPadding(%d)", p), func() {
			e := base64.StdEncoding.WithPadding(p)
			fmt.Printf("  ok: %q\n", e.EncodeToString([]byte("a")))
		})
	}

	// Streaming.
	var sb strings.Builder
	w := base64.NewEncoder(base64.StdEncoding, &sb)
	for _, part := range []string{"a", "bc", "defg", "", "hijklmnop", strings.Repeat("q", 1000), "r"} {
		n, err := w.Write([]byte(part))
		fmt.Print(n, err, " ")
	}
	fmt.Println(w.Close(), w.Close())
	fmt.Println(len(sb.String()), sb.String()[:40], sb.String()[len(sb.String())-8:])
	lw := &logWriter{}
	w = base64.NewEncoder(base64.RawURLEncoding, lw)
	w.Write([]byte("x"))
	w.Write([]byte(strings.Repeat("y", 800)))
	w.Write([]byte("zz"))
	w.Close()
	fmt.Println("writes:", len(lw.calls), len(lw.calls[0]), len(lw.calls[1]), lw.calls[len(lw.calls)-1])
	full := sb.String()
	for _, k := range []int{1, 3, 5, 1000} {
		got, err := io.ReadAll(base64.NewDecoder(base64.StdEncoding, &chunkReader{full, k}))
		fmt.Println("decoder", k, len(got), err, string(got[:12]))
	}
	for _, in := range []string{"Zm9vYmFy", "Zm9v\nYm\r\nFy\n", "Zm9vYmF", "Zm9vYmF!", "Zg==", "Zg", "Zm9vYmFyZg==Zg==", "", "\n\n"} {
		for _, e := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding} {
			r := base64.NewDecoder(e, &chunkReader{in, 2})
			buf := make([]byte, 2)
			var parts []string
			for i := 0; i < 12; i++ {
				n, err := r.Read(buf)
				parts = append(parts, fmt.Sprintf("%d:%q:%v", n, buf[:n], err))
				if err != nil {
					break
				}
			}
			fmt.Printf("NewDecoder(%q) %s\n", in, strings.Join(parts, " "))
		}
	}
	base64.NewEncoding("short")
}
