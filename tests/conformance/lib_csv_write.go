package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"strings"
)

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errors.New("disk full")
	}
	f.n--
	return len(p), nil
}

func main() {
	records := [][]string{
		{"a", "b", "c"},
		{""},
		{"", ""},
		{},
		{"with,comma", "with\"quote", "with\nnewline", "with\rcr", "with\r\ncrlf"},
		{" lead", "\tlead", "trail ", "\u00a0nbsp", "\u2003em", "x y"},
		{`\.`, `\.x`, `x\.`, `\`, "."},
		{"\"", "\"\"", "a\"b\"c", "\"start", "end\""},
		{"semi;colon", "tab\there", "λ", "😀"},
		{"\n", "\r", "\r\n", "\n\r", "a\n\nb"},
		{"\xff", "\xff\"", " \xff"},
	}
	commas := []rune{',', ';', '\t', 'λ', '😀', '"', '\n', 0, '\uFFFD'}
	for _, crlf := range []bool{false, true} {
		for _, comma := range commas {
			var buf bytes.Buffer
			w := csv.NewWriter(&buf)
			w.Comma = comma
			w.UseCRLF = crlf
			for _, rec := range records {
				if err := w.Write(rec); err != nil {
					fmt.Println("write error:", err)
					break
				}
			}
			w.Flush()
			fmt.Printf("crlf=%v comma=%q err=%v\n%q\n", crlf, comma, w.Error(), buf.String())
			if w.Error() != nil || comma == '"' || comma == '\n' || comma == 0 {
				continue
			}
			// Read it back.
			r := csv.NewReader(strings.NewReader(buf.String()))
			r.Comma = comma
			r.FieldsPerRecord = -1
			back, err := r.ReadAll()
			fmt.Printf("back: %q %v\n", back, err)
		}
	}
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	fmt.Println(w.WriteAll([][]string{{"x", "y"}, {"1", "2"}}), buf.String())
	fmt.Println(w.WriteAll(nil), buf.Len())
	// Nothing reaches the writer before Flush.
	buf.Reset()
	w = csv.NewWriter(&buf)
	w.Write([]string{"a"})
	fmt.Println(buf.Len())
	w.Flush()
	fmt.Println(buf.Len(), w.Error())
	// Errors of the underlying writer.
	fw := &failWriter{0}
	w = csv.NewWriter(fw)
	fmt.Println(w.Write([]string{"a", "b"}), w.Error())
	w.Flush()
	fmt.Println(w.Error())
	fmt.Println(w.Write([]string{"c"}))
	fmt.Println(w.WriteAll([][]string{{"d"}}))
	w = csv.NewWriter(&failWriter{0})
	fmt.Println(w.WriteAll([][]string{{"d"}}))
	// A large write flushes on its own and then fails.
	w = csv.NewWriter(&failWriter{1})
	big := strings.Repeat("z", 3000)
	for i := 0; i < 5; i++ {
		fmt.Println(i, w.Write([]string{big, "q\"uote"}))
	}
	w = csv.NewWriter(&failWriter{0})
	w.Comma = '"'
	fmt.Println(w.Write([]string{"a"}), w.WriteAll([][]string{{"a"}}))
}
