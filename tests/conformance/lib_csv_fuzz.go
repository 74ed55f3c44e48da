package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

var seed uint64 = 12345

func next(n int) int {
	seed = seed*6364136223846793005 + 1442695040888963407
	return int((seed >> 33) % uint64(n))
}

var alphabet = []string{"a", "b", ",", "\"", "\"", "\n", "\r", "\r\n", " ", "\t", "#", ";", "λ", "\xff", "\"\"", ",\"", "\",", "\u00a0"}

func main() {
	for t := 0; t < 1500; t++ {
		var sb strings.Builder
		n := next(14)
		for i := 0; i < n; i++ {
			sb.WriteString(alphabet[next(len(alphabet))])
		}
		in := sb.String()
		r := csv.NewReader(strings.NewReader(in))
		if next(3) == 0 {
			r.Comma = ';'
		}
		if next(3) == 0 {
			r.Comment = '#'
		}
		r.LazyQuotes = next(2) == 0
		r.TrimLeadingSpace = next(2) == 0
		r.FieldsPerRecord = next(3) - 1
		r.ReuseRecord = next(2) == 0
		fmt.Printf("%d %q c=%q m=%q l=%v t=%v f=%d:", t, in, r.Comma, r.Comment, r.LazyQuotes, r.TrimLeadingSpace, r.FieldsPerRecord)
		var all [][]string
		for k := 0; k < 10; k++ {
			rec, err := r.Read()
			if err != nil && rec == nil {
				fmt.Printf(" [%v @%d]", err, r.InputOffset())
				break
			}
			fmt.Printf(" %q", rec)
			for i := range rec {
				l, c := r.FieldPos(i)
				fmt.Printf("%d.%d", l, c)
			}
			fmt.Printf("@%d", r.InputOffset())
			if err != nil {
				fmt.Printf(" {%v}", err)
			} else {
				all = append(all, append([]string(nil), rec...))
			}
		}
		fmt.Println()
		// Write what was read and read it back.
		var buf bytes.Buffer
		w := csv.NewWriter(&buf)
		w.Comma = r.Comma
		w.UseCRLF = next(2) == 0
		w.WriteAll(all)
		back, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
		fmt.Printf("   w=%q back=%d %v\n", buf.String(), len(back), err)
	}
}
