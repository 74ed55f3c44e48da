// Roman numerals and base conversions with strconv, printing the
// error messages for malformed inputs.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type numeral struct {
	val int
	sym string
}

var table = []numeral{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

var ErrRange = errors.New("out of range")

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman(%d): %w", n, ErrRange)
	}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.val {
			sb.WriteString(e.sym)
			n -= e.val
		}
	}
	return sb.String(), nil
}

func fromRoman(s string) (int, error) {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0, fmt.Errorf("fromRoman(%q): bad symbol %q at %d", s, s[i], i)
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	back, err := toRoman(total)
	if err != nil {
		return 0, fmt.Errorf("fromRoman(%q): %w", s, err)
	}
	if back != s {
		return total, fmt.Errorf("fromRoman(%q): non-canonical, want %s", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000, -5} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrRange))
			continue
		}
		back, err := fromRoman(r)
		fmt.Printf("%4d -> %-12s -> %d %v\n", n, r, back, err)
	}
	for _, s := range []string{"IIII", "MMXZ", "IC", "", "MCMXCIV"} {
		v, err := fromRoman(s)
		fmt.Printf("%q: %d, %v\n", s, v, err)
	}

	for _, n := range []int64{0, 255, -255, 1 << 40, -9223372036854775808} {
		fmt.Printf("%d:", n)
		for _, base := range []int{2, 8, 16, 36} {
			fmt.Printf(" b%d=%s", base, strconv.FormatInt(n, base))
		}
		fmt.Println()
	}
	fmt.Println(strconv.FormatUint(18446744073709551615, 2))
	fmt.Println(strconv.FormatUint(18446744073709551615, 36))

	inputs := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"0xff", 0, 64}, {"0b1011", 0, 8}, {"0o777", 0, 16},
		{"1_000_000", 0, 64}, {"1_000", 10, 64}, {"zz", 36, 64}, {"128", 10, 8},
		{"-129", 10, 8}, {"12a", 10, 64}, {"", 10, 64}, {"7", 1, 64}, {"9223372036854775808", 10, 64},
		{"-0x80", 0, 8}, {"  5", 10, 64}, {"0x", 0, 64},
	}
	for _, in := range inputs {
		v, err := strconv.ParseInt(in.s, in.base, in.bits)
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("ParseInt(%q,%d,%d) = %d; %v [range=%t syntax=%t]\n", in.s, in.base, in.bits, v, err,
					errors.Is(err, strconv.ErrRange), errors.Is(ne.Err, strconv.ErrSyntax))
			}
			continue
		}
		fmt.Printf("ParseInt(%q,%d,%d) = %d\n", in.s, in.base, in.bits, v)
	}
	for _, s := range []string{"255", "256", "-1", "0x1F"} {
		u, err := strconv.ParseUint(s, 0, 8)
		fmt.Println("ParseUint", s, u, err)
	}
	_, err := strconv.Atoi("forty-two")
	fmt.Println(err, errors.Unwrap(err))
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	fmt.Println(strconv.Itoa(-0), strconv.Quote("x\ty"), strconv.AppendInt([]byte("n="), -42, 10))
	fmt.Printf("%s %v\n", strconv.AppendInt(nil, 7, 2), strconv.AppendQuoteRune(nil, 'é'))
}
