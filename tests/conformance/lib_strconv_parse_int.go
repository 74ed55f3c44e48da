package main

import (
	"fmt"
	"strconv"
)

func main() {
	base0 := []string{
		"0", "10", "-10", "+10", "0x1F", "0X1f", "-0x80", "0o17", "0O17", "017", "0b101", "0B101", "-0b1",
		"1_000", "0x_1F", "0b_1010", "1__0", "_10", "10_", "0_7", "0x", "0b", "0o", "08", "0b2",
	}
	for _, s := range base0 {
		n, err := strconv.ParseInt(s, 0, 64)
		fmt.Println("ParseInt base0", strconv.Quote(s), n, err)
	}
	for _, s := range []string{"ff", "FF", "-ff", "0xff", "zz", "z"} {
		n16, err16 := strconv.ParseInt(s, 16, 64)
		n36, err36 := strconv.ParseInt(s, 36, 64)
		fmt.Println("ParseInt", s, "base16:", n16, err16, "base36:", n36, err36)
	}
	n, err := strconv.ParseInt("1_000", 10, 64)
	fmt.Println("underscore base10", n, err)

	sizes := []int{8, 16, 32, 64}
	tests := []string{"127", "128", "-128", "-129", "32767", "32768", "-32769", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "-9223372036854775809"}
	for _, s := range tests {
		fmt.Print(s, ":")
		for _, bits := range sizes {
			v, err := strconv.ParseInt(s, 10, bits)
			if err != nil {
				fmt.Print(" ", bits, "=", v, "(range)")
			} else {
				fmt.Print(" ", bits, "=", v)
			}
		}
		fmt.Println()
	}

	utests := []string{"0", "255", "256", "65535", "65536", "4294967295", "4294967296", "18446744073709551615", "18446744073709551616", "-1", "0xFFFFFFFFFFFFFFFF", "0b11111111"}
	for _, s := range utests {
		fmt.Print(s, ":")
		for _, bits := range sizes {
			v, err := strconv.ParseUint(s, 0, bits)
			if err != nil {
				fmt.Print(" ", bits, "=", v, "(", err, ")")
			} else {
				fmt.Print(" ", bits, "=", v)
			}
		}
		fmt.Println()
	}

	v, err := strconv.ParseInt("12", 10, 0)
	fmt.Println("bitSize 0", v, err)
	v, err = strconv.ParseInt("9223372036854775807", 10, 0)
	fmt.Println("bitSize 0 max", v, err)
	for _, base := range []int{1, 37, -1} {
		v, err = strconv.ParseInt("1", base, 64)
		fmt.Println("bad base", base, v, err)
	}
	for _, bits := range []int{-1, 65} {
		v, err = strconv.ParseInt("1", 10, bits)
		fmt.Println("bad bitSize", bits, v, err)
	}
	u, err := strconv.ParseUint("+5", 10, 64)
	fmt.Println("ParseUint plus", u, err)
}
