package main

import (
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	fmt.Println(fmt.Sprintf("%d", "hi"))
	fmt.Println(fmt.Sprintf("%s", 5))
	fmt.Println(fmt.Sprintf("%d"))
	fmt.Println(fmt.Sprintf("%d %d", 1))
	fmt.Println(fmt.Sprintf("%s %d %v", "a"))
	fmt.Println(fmt.Sprintf("%d", 1, 3))
	fmt.Println(fmt.Sprintf("%d", 1, 3, "x"))
	fmt.Println(fmt.Sprintf("", 1))
	fmt.Println(fmt.Sprintf("no verbs", "a", 2, nil))
	fmt.Println(fmt.Sprintf("trailing %"))
	fmt.Println(fmt.Sprintf("trailing %", 1))
	fmt.Println(fmt.Sprintf("%z", 1))
	fmt.Println(fmt.Sprintf("%z %y", "s", 2.5))
	fmt.Println(fmt.Sprintf("%d", nil))
	fmt.Println(fmt.Sprintf("%s %v %x %q", nil, nil, nil, nil))
	fmt.Println(fmt.Sprintf("%f", 1))
	fmt.Println(fmt.Sprintf("%f %e %g", "s", true, 7))
	fmt.Println(fmt.Sprintf("%t %c", 2.5, "c"))
	fmt.Println(fmt.Sprintf("%x", true))
	fmt.Println(fmt.Sprintf("%d", 1.5))
	fmt.Println(fmt.Sprintf("%s", T{1}))
	fmt.Println(fmt.Sprintf("%d", []string{"a"}))
	fmt.Println(fmt.Sprintf("%s", map[string]int{"a": 1}))
	fmt.Println(fmt.Sprintf("%d", errors.New("err")))
	fmt.Println(fmt.Sprintf("%s", errors.New("err")))
	fmt.Println(fmt.Sprintf("%c", "str"))
	fmt.Println(fmt.Sprintf("%5z|%-5z", 1, 2))
	fmt.Println(fmt.Sprintf("%!", 1))
	fmt.Println(fmt.Sprintf("%-", 1))
	fmt.Println(fmt.Sprintf("%5", 1))
	fmt.Println(fmt.Sprintf("%.", 1))
	fmt.Println(fmt.Sprintf("%d %!", 1))
	fmt.Println(fmt.Sprintf("%d %d %d", 1, "two", 3.0))
	fmt.Println(fmt.Sprintf("%d %% %d", 1))
	fmt.Println(fmt.Sprintf("%%%d%%", 1, 2))
	fmt.Println(fmt.Sprintf("%s", int8(-1)), fmt.Sprintf("%s", uint64(1)), fmt.Sprintf("%s", 'x'))
	fmt.Println(fmt.Sprintf("%d", 1, errors.New("extra")))
	fmt.Println(fmt.Sprintf("%d", 1, nil))
	fmt.Println(fmt.Sprintf("%d", 1, []int{2}, T{3}))
	var e error
	fmt.Println(fmt.Sprintf("%d %s", e, e))
	var ip *int
	fmt.Println(fmt.Sprintf("%s", ip))
	fmt.Println(fmt.Sprintf("%!d", 1))
	fmt.Println(fmt.Sprintf("%ä", 1))
	fmt.Println(fmt.Sprintf("%.2d %.2s %.2z", "abc", 12, 3))
	fmt.Println(fmt.Sprintf("%10d|%-10s|", "abc", 12))
	fmt.Println(fmt.Sprintf("%d", complex(1, 2)))
	fmt.Println(fmt.Sprintf("%s", 2i))
	fmt.Println(fmt.Sprintf("%q", 1.5))
	fmt.Println(fmt.Sprintf("%o %b %X", "s", "s", true))
	fmt.Println(fmt.Sprintf("%e", 3), fmt.Sprintf("%G", "g"), fmt.Sprintf("%E", true))
}
