package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

type errReader struct {
	data []byte
	err  error
}

func (r *errReader) ReadByte() (byte, error) {
	if len(r.data) == 0 {
		return 0, r.err
	}
	b := r.data[0]
	r.data = r.data[1:]
	return b, nil
}

func main() {
	fmt.Println(binary.MaxVarintLen16, binary.MaxVarintLen32, binary.MaxVarintLen64)
	us := []uint64{0, 1, 2, 127, 128, 255, 256, 300, 16383, 16384, 1<<21 - 1, 1 << 21, 1<<32 - 1, 1 << 32,
		1<<56 - 1, 1 << 56, 1<<63 - 1, 1 << 63, math.MaxUint64}
	for _, u := range us {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutUvarint(buf, u)
		app := binary.AppendUvarint([]byte{0xaa}, u)
		got, m := binary.Uvarint(buf[:n])
		rd, err := binary.ReadUvarint(bytes.NewReader(buf[:n]))
		fmt.Printf("u %d: n=%d % x | app % x | %d %d | %d %v\n", u, n, buf[:n], app, got, m, rd, err)
	}
	is := []int64{0, 1, -1, 2, -2, 63, -64, 64, -65, 1000, -1000, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64}
	for _, i := range is {
		buf := make([]byte, binary.MaxVarintLen64)
		n := binary.PutVarint(buf, i)
		app := binary.AppendVarint(nil, i)
		got, m := binary.Varint(buf[:n])
		rd, err := binary.ReadVarint(bufio.NewReader(bytes.NewReader(buf[:n])))
		fmt.Printf("i %d: n=%d % x | app % x | %d %d | %d %v\n", i, n, buf[:n], app, got, m, rd, err)
	}
	// Decoding errors: short input, overflow in the 10th byte, an 11th byte.
	cases := [][]byte{
		nil, {}, {0x80}, {0xff, 0xff}, {0x80, 0x00}, {0x81, 0x80, 0x80, 0x80},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},
		{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
		{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80},
		{0xfe, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x55},
		{0x05, 0x06},
	}
	for _, c := range cases {
		u, n := binary.Uvarint(c)
		v, m := binary.Varint(c)
		ru, err1 := binary.ReadUvarint(bytes.NewReader(c))
		rv, err2 := binary.ReadVarint(strings.NewReader(string(c)))
		fmt.Printf("% x: Uvarint=%d,%d Varint=%d,%d ReadUvarint=%d,%v ReadVarint=%d,%v\n", c, u, n, v, m, ru, err1, rv, err2)
		fmt.Println("  unexpected:", errors.Is(err1, io.ErrUnexpectedEOF), err1 == io.EOF)
	}
	// A reader error other than EOF comes back as it is, with the bits so far.
	boom := errors.New("boom")
	for _, d := range [][]byte{nil, {0x81}, {0xff, 0x83}} {
		u, err := binary.ReadUvarint(&errReader{d, boom})
		v, err2 := binary.ReadVarint(&errReader{d, io.EOF})
		fmt.Println(u, err, err == boom, v, err2)
	}
	// Several varints in a row.
	var stream []byte
	for _, i := range is {
		stream = binary.AppendVarint(stream, i)
	}
	fmt.Println(len(stream))
	r := bytes.NewReader(stream)
	for {
		v, err := binary.ReadVarint(r)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Print(v, " ")
	}
	for off := 0; off < len(stream); {
		v, n := binary.Varint(stream[off:])
		fmt.Print(v, "/", n, " ")
		off += n
	}
	fmt.Println()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.PutUvarint(make([]byte, 2), 1<<20)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		binary.PutVarint(nil, 0)
	}()
}
