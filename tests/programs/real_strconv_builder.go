package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Row struct {
	Name  string
	Qty   int
	Price float64
}

// parseCSVLine parses `name,qty,price`; conversion errors are wrapped with the column.
func parseCSVLine(line string) (Row, error) {
	parts := strings.Split(line, ",")
	if len(parts) != 3 {
		return Row{}, fmt.Errorf("want 3 fields, got %d", len(parts))
	}
	name, err := strconv.Unquote(strings.TrimSpace(parts[0]))
	if err != nil {
		name = strings.TrimSpace(parts[0])
	}
	qty, err := strconv.ParseInt(strings.TrimSpace(parts[1]), 0, 16)
	if err != nil {
		return Row{}, fmt.Errorf("qty: %w", err)
	}
	price, err := strconv.ParseFloat(strings.TrimSpace(parts[2]), 64)
	if err != nil {
		return Row{}, fmt.Errorf("price: %w", err)
	}
	return Row{name, int(qty), price}, nil
}

func table(rows []Row) string {
	var b strings.Builder
	width := len("name")
	for _, r := range rows {
		width = max(width, len(r.Name))
	}
	line := strings.Repeat("-", width+24)
	fmt.Fprintf(&b, "%-*s %5s %8s %8s\n%s\n", width, "name", "qty", "price", "total", line)
	var sum float64
	for _, r := range rows {
		total := float64(r.Qty) * r.Price
		sum += total
		b.WriteString(r.Name)
		b.WriteString(strings.Repeat(" ", width-len(r.Name)+1))
		b.WriteString(fmt.Sprintf("%5d ", r.Qty))
		b.WriteString(fmt.Sprintf("%8s ", strconv.FormatFloat(r.Price, 'f', 2, 64)))
		b.WriteString(fmt.Sprintf("%8.2f", total))
		b.WriteByte('\n')
	}
	b.WriteString(line + "\n")
	fmt.Fprintf(&b, "%-*s %23.2f\n", width, "sum", sum)
	return b.String()
}

func main() {
	lines := []string{
		`"apple", 3, 0.5`,
		`pear, 0x10, 1.25`,
		`"big \"melon\"", 1, 4e0`,
		`kiwi, 70000, 1`,
		`plum, ten, 1`,
		`fig, 2, 1.2.3`,
		`grape, 0b101, .75`,
		`lonely`,
	}
	var rows []Row
	for _, l := range lines {
		r, err := parseCSVLine(l)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("skip %-24q %v [func=%s range=%t syntax=%t]\n", l, err, ne.Func,
					errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
			} else {
				fmt.Printf("skip %-24q %v\n", l, err)
			}
			continue
		}
		rows = append(rows, r)
	}
	fmt.Print(table(rows))

	for _, n := range []int64{0, 255, -42, 1 << 40} {
		fmt.Println(strconv.FormatInt(n, 2), strconv.FormatInt(n, 16), strconv.FormatInt(n, 36), strconv.Itoa(int(n)))
	}
	buf := []byte("nums:")
	for i := uint64(1); i < 1e6; i *= 37 {
		buf = append(buf, ' ')
		buf = strconv.AppendUint(buf, i, 10)
	}
	fmt.Println(string(buf))
	tenth := 0.1
	for _, f := range []float64{3.0, tenth + 0.2, 1e21, 1.0 / 3, 123456789.125} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'f', -1, 32))
	}
	for _, s := range []string{"true", "F", "1", "yes"} {
		v, err := strconv.ParseBool(s)
		fmt.Println(s, v, err)
	}
	fmt.Println(strconv.Quote("tab\there \"q\" é \x00"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'))
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	n, err := strconv.Atoi("  12")
	fmt.Println(n, err)
	println("rows parsed:", len(rows))
}
