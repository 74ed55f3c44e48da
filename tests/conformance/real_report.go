package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

const data = `region,product,units,price
north,widget,120,2.50
south,gadget,15,19.99
north,gadget,7,19.99
east,widget,300,2.45
south,widget,,2.50
west,gizmo,42,7.00
east,gizmo,-3,7.00
north,widget,80,2.50
west,"widget, deluxe",5,12.00
`

type Row struct {
	Region, Product string
	Units           int
	Price           float64
}

type byRevenue []Row

func (r byRevenue) Len() int      { return len(r) }
func (r byRevenue) Swap(i, j int) { r[i], r[j] = r[j], r[i] }
func (r byRevenue) Less(i, j int) bool {
	return float64(r[i].Units)*r[i].Price > float64(r[j].Units)*r[j].Price
}

func splitCSV(line string) []string {
	var fields []string
	var cur bytes.Buffer
	inQ := false
	for _, r := range line {
		switch {
		case r == '"':
			inQ = !inQ
		case r == ',' && !inQ:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	return append(fields, cur.String())
}

func title(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if i == 0 || rs[i-1] == ' ' {
			rs[i] = unicode.ToUpper(r)
		}
	}
	return string(rs)
}

func main() {
	logger := log.New(os.Stdout, "report: ", 0)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	sc := bufio.NewScanner(strings.NewReader(data))
	sc.Scan()
	header := splitCSV(sc.Text())
	var rows []Row
	line := 1
	for sc.Scan() {
		line++
		f := splitCSV(sc.Text())
		units, err := strconv.Atoi(f[2])
		if err != nil {
			logger.Printf("line %d: skip: %v", line, err)
			continue
		}
		if units < 0 {
			log.Println("line", line, "negative units", units)
			continue
		}
		price, _ := strconv.ParseFloat(f[3], 64)
		rows = append(rows, Row{f[0], f[1], units, price})
	}
	fmt.Printf("header=%q rows=%d\n", header, len(rows))
	sort.Stable(byRevenue(rows))
	w := []int{8, 16, 6, 8, 10}
	sep := "+"
	for _, n := range w {
		sep += strings.Repeat("-", n+2) + "+"
	}
	fmt.Println(sep)
	fmt.Printf("| %-*s | %-*s | %*s | %*s | %*s |\n", w[0], "Region", w[1], "Product", w[2], "Units", w[3], "Price", w[4], "Revenue")
	fmt.Println(sep)
	totals := map[string]float64{}
	for _, r := range rows {
		rev := float64(r.Units) * r.Price
		totals[r.Region] += rev
		fmt.Printf("| %-*s | %-*s | %*d | %*.2f | %*.2f |\n", w[0], title(r.Region), w[1], r.Product, w[2], r.Units, w[3], r.Price, w[4], rev)
	}
	fmt.Println(sep)
	fmt.Println(totals)
	regions := make([]string, 0, len(totals))
	for k := range totals {
		regions = append(regions, k)
	}
	sort.SliceStable(regions, func(i, j int) bool { return totals[regions[i]] > totals[regions[j]] })
	for i, r := range regions {
		bar := strings.Repeat("█", int(totals[r]/50))
		fmt.Printf("%2d %-6s %9.2f %s\n", i+1, r, totals[r], bar)
	}
	keys := []float64{10, 50, 100, 500, 1000}
	for _, t := range []float64{5, 50, 75, 999, 2000} {
		fmt.Printf("search %v -> %d\n", t, sort.SearchFloat64s(keys, t))
	}
	idx := sort.Search(len(rows), func(i int) bool { return rows[i].Units < 50 })
	fmt.Println("first <50 units at", idx, rows[idx])

	var buf bytes.Buffer
	for _, r := range rows[:3] {
		fmt.Fprintf(&buf, "%s:%d;", r.Product, r.Units)
	}
	enc := base64.StdEncoding.EncodeToString(buf.Bytes())
	fmt.Println(enc, base64.URLEncoding.EncodeToString([]byte{0xfb, 0xff, 0xfe}), base64.RawStdEncoding.EncodeToString([]byte("ab")))
	dec, err := base64.StdEncoding.DecodeString(enc)
	fmt.Println(string(dec) == buf.String(), err)
	_, err = base64.StdEncoding.DecodeString("abc$")
	fmt.Println("bad b64:", err)
	hx := hex.EncodeToString([]byte("Go€"))
	raw, err := hex.DecodeString(hx)
	fmt.Println(hx, string(raw), err)
	_, err = hex.DecodeString("abz")
	fmt.Println("bad hex:", err)
	fmt.Print(hex.Dump([]byte("hello, deferjit!!")))
	fmt.Println(bytes.Fields([]byte(" a  b c ")), bytes.ToUpper([]byte("xyz")), bytes.Contains(buf.Bytes(), []byte("gizmo")))
	fmt.Printf("%s|%x|%X|% x|%q\n", []byte("hi"), "hi", []byte("hi"), "hi", []byte("hi"))
}
