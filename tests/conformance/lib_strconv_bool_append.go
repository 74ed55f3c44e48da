package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "tRuE", "yes", "", "2", " true"} {
		b, err := strconv.ParseBool(s)
		fmt.Println("ParseBool", strconv.Quote(s), b, err)
	}
	fmt.Println("FormatBool", strconv.FormatBool(true), strconv.FormatBool(false))
	b := []byte("flag=")
	b = append(b, strconv.FormatBool(true)...)
	fmt.Println(string(b))

	buf := []byte("ints:")
	for _, n := range []int64{0, -1, 42, -9223372036854775808, 9223372036854775807} {
		buf = append(buf, ' ')
		buf = strconv.AppendInt(buf, n, 10)
	}
	fmt.Println(string(buf))

	hex := []byte{}
	hex = strconv.AppendInt(hex, 255, 16)
	hex = append(hex, '/')
	hex = strconv.AppendInt(hex, -255, 2)
	hex = append(hex, '/')
	hex = append(hex, strconv.FormatUint(18446744073709551615, 36)...)
	fmt.Println(string(hex), len(hex))

	q := []byte("names:")
	for _, s := range []string{"bob", "al\"ice", "日本", "tab\t", "\xff"} {
		q = append(q, ' ')
		q = strconv.AppendQuote(q, s)
	}
	fmt.Println(string(q))

	small := make([]byte, 0, 2)
	small = strconv.AppendInt(small, 123456789, 10)
	fmt.Println(string(small), len(small))

	base := []byte("shared")
	x := strconv.AppendInt(base[:3], 7, 10)
	fmt.Println(string(x), string(base))

	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(0, 2), strconv.FormatUint(0, 36))

	var out []byte
	for i := 0; i < 20; i++ {
		out = strconv.AppendInt(out, int64(i*i), 10)
		out = append(out, ',')
	}
	fmt.Println(string(out))
	fmt.Println(strconv.QuoteRune('é'), strconv.QuoteToASCII("é"))
}
