// A hand-rolled CSV-ish parser: bufio.Scanner over strings.NewReader,
// quoted fields, typed columns and error reports with line numbers.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `# inventory export
name,qty,price,tags
"Widget, large",4,19.99,tools;metal
Gadget,10,2.50,
"Quoted ""thing""",1,100,misc

Sprocket,x,3.00,tools
Bolt,250,0.05,metal;small
Nut,-3,0.04,metal
"Unclosed,5,1.00,oops
Gear,7,12.5,tools;metal;round;extra,field`

type Row struct {
	Name  string
	Qty   int
	Price float64
	Tags  []string
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

var ErrQuote = errors.New("unterminated quote")
var ErrFields = errors.New("wrong number of fields")

func splitFields(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuote := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuote && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuote = !inQuote
		case c == ',' && !inQuote:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQuote {
		return nil, ErrQuote
	}
	return append(fields, cur.String()), nil
}

func parse(text string) ([]Row, []error) {
	sc := bufio.NewScanner(strings.NewReader(text))
	var rows []Row
	var errs []error
	var header []string
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		fields, err := splitFields(line)
		if err != nil {
			errs = append(errs, &ParseError{lineNo, err})
			continue
		}
		if header == nil {
			header = fields
			continue
		}
		if len(fields) != len(header) {
			errs = append(errs, &ParseError{lineNo, fmt.Errorf("%w: got %d, want %d", ErrFields, len(fields), len(header))})
			continue
		}
		qty, err := strconv.Atoi(fields[1])
		if err != nil {
			errs = append(errs, &ParseError{lineNo, fmt.Errorf("qty: %w", err)})
			continue
		}
		if qty < 0 {
			errs = append(errs, &ParseError{Line: lineNo, Err: fmt.Errorf("qty %d is negative", qty)})
			continue
		}
		price, err := strconv.ParseFloat(fields[2], 64)
		if err != nil {
			errs = append(errs, &ParseError{lineNo, err})
			continue
		}
		var tags []string
		if fields[3] != "" {
			tags = strings.Split(fields[3], ";")
		}
		rows = append(rows, Row{fields[0], qty, price, tags})
	}
	return rows, errs
}

func main() {
	rows, errs := parse(data)
	fmt.Printf("%d rows, %d errors\n", len(rows), len(errs))
	for _, r := range rows {
		fmt.Printf("%-18s|%5d|%8.2f|%v|%d|%t\n", r.Name, r.Qty, r.Price, r.Tags, len(r.Tags), r.Tags == nil)
	}
	for _, e := range errs {
		var pe *ParseError
		if errors.As(e, &pe) {
			fmt.Printf("error at %d: %v [quote=%t fields=%t]\n", pe.Line, e, errors.Is(e, ErrQuote), errors.Is(e, ErrFields))
		}
	}
	byTag := map[string][]string{}
	total := 0.0
	for _, r := range rows {
		total += float64(r.Qty) * r.Price
		for _, t := range r.Tags {
			byTag[t] = append(byTag[t], r.Name)
		}
	}
	tags := make([]string, 0, len(byTag))
	for t := range byTag {
		tags = append(tags, t)
	}
	sort.Strings(tags)
	for _, t := range tags {
		fmt.Printf("%-6s %q\n", t, byTag[t])
	}
	fmt.Printf("inventory value: %.2f (%v)\n", total, total)

	for _, l := range []string{`a,b`, `"a,b"`, `""`, `,,`, `"x""y",z`, `"open`} {
		f, err := splitFields(l)
		fmt.Printf("%-12s -> %q len=%d err=%v\n", l, f, len(f), err)
	}
	sc := bufio.NewScanner(strings.NewReader("one two  three\nfour"))
	sc.Split(bufio.ScanWords)
	n := 0
	for sc.Scan() {
		n++
		fmt.Print(sc.Text(), "|")
	}
	fmt.Println(n, sc.Err())
	var nilErr *ParseError
	var asErr error = nilErr
	fmt.Println(nilErr == nil, asErr == nil, asErr != nil)
}
