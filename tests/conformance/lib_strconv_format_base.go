package main

import (
	"fmt"
	"strconv"
)

func main() {
	vals := []int64{0, 1, -1, 35, 36, 255, -255, 1 << 40, 9223372036854775807, -9223372036854775808}
	for base := 2; base <= 36; base++ {
		fmt.Printf("base %d:", base)
		for _, v := range vals {
			fmt.Print(" ", strconv.FormatInt(v, base))
		}
		fmt.Println()
	}

	uvals := []uint64{0, 1, 255, 1<<63, 18446744073709551615}
	for _, base := range []int{2, 8, 10, 16, 32, 36} {
		fmt.Printf("ubase %d:", base)
		for _, v := range uvals {
			fmt.Print(" ", strconv.FormatUint(v, base))
		}
		fmt.Println()
	}

	for _, base := range []int{2, 7, 10, 16, 36} {
		ok := true
		for i := int64(-1000); i <= 1000; i += 37 {
			s := strconv.FormatInt(i, base)
			back, err := strconv.ParseInt(s, base, 64)
			if err != nil || back != i {
				ok = false
				fmt.Println("mismatch", base, i, s, back, err)
			}
		}
		fmt.Println("round trip base", base, ok)
	}

	for _, base := range []int{1, 37, 0, -2} {
		func() {
			defer func() {
				fmt.Println("FormatInt base", base, "panic:", recover())
			}()
			fmt.Println(strconv.FormatInt(10, base))
		}()
	}

	fmt.Println(strconv.FormatInt(-8, 2), strconv.FormatUint(8, 2))
	fmt.Println(strconv.FormatInt(123456789, 10) == strconv.Itoa(123456789))
}
