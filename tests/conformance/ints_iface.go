package main

import "fmt"

type T uint16

func describe(v any) string {
	switch x := v.(type) {
	case int8:
		fmt.Println("got int8", x, x+1)
		return "int8"
	case uint8:
		return "uint8"
	case int16, int32:
		return "int16|int32"
	case int64:
		return "int64"
	case uint:
		return "uint"
	case uint64:
		return "uint64"
	case uintptr:
		return "uintptr"
	case T:
		return "T"
	case int:
		return "int"
	case uint16:
		return "uint16"
	}
	return "other"
}

func main() {
	vals := []any{int8(-1), uint8(255), byte(3), int16(1), rune(5), int32(7), int64(-1), uint(1), uint64(2), uintptr(3), T(4), 5, uint16(6), uint32(7), "s"}
	for _, v := range vals {
		fmt.Println(describe(v), v)
	}
}
