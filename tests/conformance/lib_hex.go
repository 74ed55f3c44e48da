package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

type logWriter struct {
	calls []string
	fail  int // fail on this call number (1-based), 0 never
}

func (w *logWriter) Write(p []byte) (int, error) {
	w.calls = append(w.calls, string(p))
	if len(w.calls) == w.fail {
		return 1, errors.New("write failed")
	}
	return len(p), nil
}

type oneByteReader struct{ r io.Reader }

func (o oneByteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	for _, s := range []string{"", "\x00", "a", "Hello, Gophers!", "\xff\xfe\x80\x7f", "日本"} {
		e := hex.EncodeToString([]byte(s))
		fmt.Printf("%q -> %q len=%d/%d\n", s, e, hex.EncodedLen(len(s)), hex.DecodedLen(len(e)))
	}
	decs := []string{"", "00", "0", "48656c6c6f", "48656C6C6F", "4x", "x4", "zz", "123", "12g", "12345g",
		"abcdef", "ABCDEF", "aBcDeF", "0g", "g", "1", "  ", "12 34", "ff\xff", "\xff", "é", "1é", "12\x00",
		"DEADbeef0", "DEADbeefZ", "0123456789abcdefABCDEF"}
	for _, s := range decs {
		b, err := hex.DecodeString(s)
		fmt.Printf("DecodeString(%q) = %x len=%d cap=%d nil=%v err=%v", s, b, len(b), cap(b), b == nil, err)
		var ibe hex.InvalidByteError
		if errors.As(err, &ibe) {
			fmt.Printf(" invalid=%d", byte(ibe))
		}
		fmt.Println(errors.Is(err, hex.ErrLength))
	}
	dst := make([]byte, 8)
	for i := range dst {
		dst[i] = '*'
	}
	n, err := hex.Decode(dst, []byte("0102zz04"))
	fmt.Println("Decode:", n, err, dst)
	n = hex.Encode(dst, []byte{0xab, 0xcd, 0xef})
	fmt.Println("Encode:", n, string(dst))
	func() {
		defer func() { fmt.Println("short dst:", recover()) }()
		hex.Encode(make([]byte, 3), []byte{1, 2})
	}()
	func() {
		defer func() { fmt.Println("short dst decode:", recover()) }()
		hex.Decode(make([]byte, 1), []byte("0102"))
	}()
	ae := hex.AppendEncode([]byte("x:"), []byte{1, 2, 255})
	fmt.Println("AppendEncode:", string(ae), len(ae), cap(ae))
	ae = hex.AppendEncode(nil, nil)
	fmt.Println("AppendEncode nil:", ae == nil, len(ae), cap(ae))
	ad, err := hex.AppendDecode([]byte("p"), []byte("41424g"))
	fmt.Printf("AppendDecode: %q %d %d %v\n", ad, len(ad), cap(ad), err)
	big := make([]byte, 0, 100)
	ad, err = hex.AppendDecode(big, []byte("414243"))
	fmt.Printf("AppendDecode big: %q %d %d %v\n", ad, len(ad), cap(ad), err)
	for _, b := range []byte{'g', 0, 0xff, 0x80, ' ', '\n', 'G', 0x7f} {
		fmt.Println(hex.InvalidByteError(b).Error())
	}
	fmt.Println(hex.ErrLength)

	data := []byte("The quick brown fox jumps over the lazy dog.\x00\x01\x02\x1f\x7f\x80\xff~ ")
	for _, k := range []int{0, 1, 7, 8, 15, 16, 17, 31, 32, 33, len(data)} {
		fmt.Printf("Dump(%d):\n%s", k, hex.Dump(data[:k]))
	}
	fmt.Printf("%q\n", hex.Dump(data[:3]))
	w := &logWriter{}
	d := hex.Dumper(w)
	d.Write(data[:5])
	d.Write(data[5:20])
	d.Write(nil)
	fmt.Println("Close:", d.Close(), d.Close())
	n, err = d.Write([]byte("x"))
	fmt.Println("after close:", n, err)
	fmt.Printf("calls %d: %q\n", len(w.calls), w.calls)
	for _, f := range []int{1, 2, 9, 18} {
		fw := &logWriter{fail: f}
		fd := hex.Dumper(fw)
		n, err := fd.Write(data[:20])
		cerr := fd.Close()
		fmt.Printf("fail at %d: n=%d err=%v close=%v calls=%d\n", f, n, err, cerr, len(fw.calls))
	}
	fw := &logWriter{fail: 3}
	fd := hex.Dumper(fw)
	fd.Write(data[:1])
	cerr := fd.Close()
	fmt.Println("close fail:", cerr, len(fw.calls))

	var sb strings.Builder
	enc := hex.NewEncoder(&sb)
	n, err = enc.Write(bytes.Repeat([]byte{0xa5}, 600))
	fmt.Println("encoder:", n, err, sb.Len(), sb.String()[:10])
	ew := &logWriter{fail: 2}
	enc = hex.NewEncoder(ew)
	n, err = enc.Write(bytes.Repeat([]byte{1}, 1500))
	fmt.Println("encoder fail:", n, err, len(ew.calls), len(ew.calls[0]), len(ew.calls[1]))
	n, err = enc.Write([]byte{1})
	fmt.Println("encoder after fail:", n, err)

	for _, in := range []string{"48656c6c6f", "48656c6c6", "48656c6c6x", "4865zz6c", "", "4"} {
		r := hex.NewDecoder(strings.NewReader(in))
		got, err := io.ReadAll(r)
		fmt.Printf("NewDecoder(%q): %q %v\n", in, got, err)
		r = hex.NewDecoder(oneByteReader{strings.NewReader(in)})
		buf := make([]byte, 2)
		var parts []string
		for i := 0; i < 10; i++ {
			n, err := r.Read(buf)
			parts = append(parts, fmt.Sprintf("%d:%q:%v", n, buf[:n], err))
			if err != nil {
				break
			}
		}
		fmt.Println("  one-byte:", strings.Join(parts, " "))
	}
	long := strings.Repeat("0a", 700)
	got, err := io.ReadAll(hex.NewDecoder(strings.NewReader(long)))
	fmt.Println("long decoder:", len(got), err, got[0], got[699])
}
