package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// chunkReader returns its chunks one per Read, then err.
type chunkReader struct {
	chunks []string
	err    error
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.chunks) == 0 {
		return 0, c.err
	}
	n := copy(p, c.chunks[0])
	c.chunks[0] = c.chunks[0][n:]
	if c.chunks[0] == "" {
		c.chunks = c.chunks[1:]
	}
	return n, nil
}

func main() {
	inputs := []string{
		"", "\n", "a,b\nc,d\n", "a,b\nc\n", "x\n\"y\nz\"\n", "a\"b\n", "a,b\n\"c\n", "#x\n", "a\n\nb\n\n",
	}
	for _, in := range inputs {
		r := csv.NewReader(strings.NewReader(in))
		r.Comment = '#'
		recs, err := r.ReadAll()
		fmt.Printf("ReadAll(%q) = %q nil=%v err=%v off=%d\n", in, recs, recs == nil, err, r.InputOffset())
	}
	r := csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	r.FieldsPerRecord = 3
	recs, err := r.ReadAll()
	fmt.Println(recs, recs == nil, err)
	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Comma = 0
	recs, err = r.ReadAll()
	fmt.Println(recs, err)

	// ReuseRecord: the slice of a record is reused by the next one of no more fields.
	r = csv.NewReader(strings.NewReader("a,b,c\nd,e,f\ng,h\ni,j,k,l\nm\n"))
	r.ReuseRecord = true
	r.FieldsPerRecord = -1
	var prev []string
	for {
		rec, err := r.Read()
		if err != nil {
			fmt.Println("end", err)
			break
		}
		fmt.Printf("rec=%q len=%d cap=%d prev now=%q\n", rec, len(rec), cap(rec), prev)
		prev = rec
	}
	r = csv.NewReader(strings.NewReader("a,b\nc,d\n"))
	first, _ := r.Read()
	second, _ := r.Read()
	fmt.Println(first, second)

	// Lines longer than bufio's buffer.
	long := strings.Repeat("x", 5000)
	in := long + "," + long[:10] + "\n\"" + long + "\n" + long + "\"\r\n" + strings.Repeat("y", 9000) + "\r\n" + long + "\"q\n"
	r = csv.NewReader(strings.NewReader(in))
	for {
		rec, err := r.Read()
		lens := []int{}
		for _, f := range rec {
			lens = append(lens, len(f))
		}
		fmt.Println("long:", lens, err, r.InputOffset())
		if err == io.EOF {
			break
		}
		for i := range rec {
			l, c := r.FieldPos(i)
			fmt.Println("   pos", l, c)
		}
	}

	// Reader errors other than EOF: returned with the record read so far.
	boom := errors.New("boom")
	readers := []*chunkReader{
		{[]string{"a,b\nc,", "d"}, boom},
		{[]string{"a,b\n"}, boom},
		{[]string{"\"a\nb"}, boom},
		{[]string{"\"a\n", "b\"", ",c\r"}, boom},
		{[]string{"#c"}, boom},
		{[]string{"\n\n"}, boom},
		{[]string{"x", "y", ",", "z\n", "\"w", "\"\n"}, io.EOF},
	}
	for _, cr := range readers {
		fmt.Printf("chunks %q:\n", cr.chunks)
		r := csv.NewReader(cr)
		r.Comment = '#'
		for i := 0; i < 5; i++ {
			rec, err := r.Read()
			fmt.Printf("  %q %v off=%d\n", rec, err, r.InputOffset())
			if err != nil && err != boom {
				break
			}
		}
	}

	// FieldPos out of range panics.
	r = csv.NewReader(strings.NewReader("a,b\n"))
	r.Read()
	for _, i := range []int{-1, 0, 1, 2} {
		func() {
			defer func() {
				if e := recover(); e != nil {
					fmt.Println("FieldPos", i, "panic:", e)
				}
			}()
			l, c := r.FieldPos(i)
			fmt.Println("FieldPos", i, l, c)
		}()
	}
	// Fields of the error value.
	pe := &csv.ParseError{StartLine: 1, Line: 2, Column: 3, Err: csv.ErrQuote}
	fmt.Println(pe, &csv.ParseError{StartLine: 4, Line: 4, Column: 5, Err: csv.ErrBareQuote},
		&csv.ParseError{StartLine: 4, Line: 9, Column: 1, Err: csv.ErrFieldCount},
		&csv.ParseError{StartLine: 1, Line: 1, Column: 1, Err: io.EOF},
		&csv.ParseError{StartLine: 2, Line: 1, Column: 1, Err: csv.ErrTrailingComma})
	fmt.Println(csv.ErrBareQuote, "|", csv.ErrQuote, "|", csv.ErrFieldCount, "|", csv.ErrTrailingComma)
	fmt.Printf("%+v\n", *pe)
	var rd csv.Reader
	fmt.Println(rd.Comma, rd.FieldsPerRecord, rd.TrailingComma)
}
