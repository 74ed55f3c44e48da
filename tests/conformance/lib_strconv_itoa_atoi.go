package main

import (
	"fmt"
	"strconv"
)

func main() {
	ints := []int{0, 1, -1, 42, -42, 1000000, 9223372036854775807, -9223372036854775808}
	for _, n := range ints {
		s := strconv.Itoa(n)
		fmt.Println("Itoa", n, s, len(s))
	}

	inputs := []string{
		"0", "123", "-123", "+123", "007", "-0",
		"9223372036854775807", "-9223372036854775808",
		"9223372036854775808", "-9223372036854775809", "99999999999999999999",
		"", "abc", "12a", " 12", "12 ", "1_000", "0x10", "--1", "+", "-", "1.5", "١٢",
	}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("Atoi", strconv.Quote(in), "->", n, "error:", err)
			fmt.Println("  Error():", err.Error())
			continue
		}
		fmt.Println("Atoi", strconv.Quote(in), "->", n)
	}

	_, err := strconv.Atoi("oops")
	ne, ok := err.(*strconv.NumError)
	fmt.Println("is NumError:", ok)
	if ok {
		fmt.Println("Func:", ne.Func, "Num:", ne.Num, "Err:", ne.Err)
		fmt.Println("Err is ErrSyntax:", ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("123456789012345678901234567890")
	ne, ok = err.(*strconv.NumError)
	if ok {
		fmt.Println("Func:", ne.Func, "Num:", ne.Num, "Err:", ne.Err)
		fmt.Println("Err is ErrRange:", ne.Err == strconv.ErrRange)
	}

	fmt.Println(strconv.ErrRange)
	fmt.Println(strconv.ErrSyntax)

	total := 0
	for i := -50; i <= 50; i++ {
		n, err := strconv.Atoi(strconv.Itoa(i * 7919))
		if err != nil || n != i*7919 {
			fmt.Println("mismatch", i)
		}
		total += n
	}
	fmt.Println("round trip total", total)
}
