package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

type opts struct {
	comma, comment rune
	fields         int
	lazy, trim     bool
}

type tcase struct {
	name  string
	input string
	o     opts
}

func run(tc tcase) {
	r := csv.NewReader(strings.NewReader(tc.input))
	if tc.o.comma != 0 {
		r.Comma = tc.o.comma
	}
	r.Comment = tc.o.comment
	r.FieldsPerRecord = tc.o.fields
	r.LazyQuotes = tc.o.lazy
	r.TrimLeadingSpace = tc.o.trim
	fmt.Printf("== %s %q\n", tc.name, tc.input)
	for i := 0; i < 20; i++ {
		rec, err := r.Read()
		fmt.Printf("  rec=%q nil=%v off=%d", rec, rec == nil, r.InputOffset())
		if err == nil || errors.As(err, new(*csv.ParseError)) {
			fmt.Print(" pos=")
			for j := range rec {
				l, c := r.FieldPos(j)
				fmt.Printf("%d:%d ", l, c)
			}
		}
		fmt.Println()
		if err != nil {
			fmt.Printf("  err=%v\n", err)
			if pe, ok := err.(*csv.ParseError); ok {
				fmt.Printf("  parse: start=%d line=%d col=%d err=%v quote=%v bare=%v count=%v unwrap=%v\n",
					pe.StartLine, pe.Line, pe.Column, pe.Err, errors.Is(err, csv.ErrQuote),
					errors.Is(err, csv.ErrBareQuote), errors.Is(err, csv.ErrFieldCount), errors.Unwrap(err) == pe.Err)
			}
			if err == io.EOF {
				break
			}
		}
	}
}

func main() {
	cases := []tcase{
		{"empty", "", opts{}},
		{"simple", "a,b,c\n", opts{}},
		{"no final newline", "a,b,c", opts{}},
		{"crlf", "a,b\r\nc,d\r\n", opts{}},
		{"bare cr", "a,b\rc,d\n", opts{}},
		{"cr at eof", "a,b\r", opts{}},
		{"crcr", "a,b\r\r\nc\r\r", opts{}},
		{"empty lines", "\n\na,b\n\n\r\n\nc,d\n\n", opts{}},
		{"only newlines", "\n\n\r\n", opts{}},
		{"empty fields", ",,\n,\n", opts{}},
		{"single empty field line", "a\n\"\"\n", opts{}},
		{"quoted", `"a","b ""x"" c","d,e"` + "\n", opts{}},
		{"quoted multiline", "\"a\nb\",c\n\"d\r\ne\"\n", opts{}},
		{"quoted empty", "\"\",\"\"\n", opts{}},
		{"quote at eof", "\"abc", opts{}},
		{"quote at eof newline", "\"abc\n", opts{}},
		{"quote open multi", "x\n\"abc\ndef", opts{}},
		{"bare quote", "a\"b,c\n", opts{}},
		{"bare quote second field", "a,b\"c\n", opts{}},
		{"bare quote later line", "x,y\nfoo,ba\"r\n", opts{}},
		{"extraneous quote", "\"a\"b,c\n", opts{}},
		{"extraneous quote multiline", "\"a\nb\"c\n", opts{}},
		{"quote then space", "\"a\" ,b\n", opts{}},
		{"lazy bare", "a\"b,\"c\n", opts{lazy: true}},
		{"lazy extraneous", "\"a\"b\",c\n", opts{lazy: true}},
		{"lazy unterminated", "\"abc\n", opts{lazy: true}},
		{"lazy unterminated eof", "\"abc", opts{lazy: true}},
		{"lazy quote space", `"a" ,"b"` + "\n", opts{lazy: true}},
		{"lazy odd", "a\"\"b\n\"\"\"\n", opts{lazy: true}},
		{"trim", "  a,\t b,   \"c\"\n", opts{trim: true}},
		{"trim only spaces", "a,   \n  \n", opts{trim: true}},
		{"trim spaces eof", "a,  ", opts{trim: true}},
		{"no trim", "  a,  b\n", opts{}},
		{"trim unicode", "\u00a0\u2003x,\u3000y\n", opts{trim: true}},
		{"semicolon", "a;b;\"c;d\"\n", opts{comma: ';'}},
		{"tab", "a\tb\t\"c\td\"\n", opts{comma: '\t'}},
		{"unicode comma", "aλbλ\"cλd\"\n", opts{comma: 'λ'}},
		{"wide comma", "α😀β😀\"γ\"😀\n", opts{comma: '😀'}},
		{"comment", "#x\na,b\n#y,z\nc\n", opts{comment: '#'}},
		{"comment not first", "a,#b\n #c\n", opts{comment: '#'}},
		{"comment last", "a\n#end", opts{comment: '#'}},
		{"unicode comment", "λ comment\na\n", opts{comment: 'λ'}},
		{"fields fixed ok", "a,b\nc,d\n", opts{fields: 2}},
		{"fields fixed bad", "a,b\nc\ne,f,g\n", opts{fields: 2}},
		{"fields first", "a,b,c\nd,e\nf,g,h\n", opts{}},
		{"fields any", "a\nb,c\n\"d\ne\",f,g\n", opts{fields: -1}},
		{"field count multiline", "\"a\nb\",c\nd\n", opts{fields: 2}},
		{"count after multiline", "a,b\n\"c\nd\"\n", opts{}},
		{"invalid utf8", "\xff,\xfe\"\n", opts{}},
		{"invalid utf8 lazy", "\xff,\xfe\"\n", opts{lazy: true}},
		{"nul", "a\x00b,c\n", opts{}},
		{"bad comma quote", "a,b\n", opts{comma: '"'}},
		{"bad comma nl", "a,b\n", opts{comma: '\n'}},
		{"bad comma cr", "a,b\n", opts{comma: '\r'}},
		{"bad comma fffd", "a,b\n", opts{comma: '\uFFFD'}},
		{"bad comma surrogate", "a,b\n", opts{comma: 0xD800}},
		{"bad comma huge", "a,b\n", opts{comma: 0x110000}},
		{"comma equals comment", "a,b\n", opts{comma: '#', comment: '#'}},
		{"bad comment", "a,b\n", opts{comment: '\n'}},
		{"long quoted after", "a,\"b\nc\"d\ne\n", opts{}},
		{"error keeps going", "a\"b\nc,d\n\"e\nf\nx\"y\ng\n", opts{}},
		{"quote col after multibyte", "αβ,\"γ\"x\n", opts{}},
		{"trailing comma", "a,b,\n,\n", opts{}},
		{"leading blank then quoted", " \"a\"\n", opts{}},
		{"quoted crlf inside", "\"a\r\nb\"\r\n", opts{}},
		{"quoted cr inside", "\"a\rb\"\n", opts{}},
		{"double quote end", "\"a\"\"\"\n", opts{}},
		{"quote eof after quote", "\"a\"\"", opts{}},
	}
	for _, tc := range cases {
		run(tc)
	}
}
