package main

import (
	"errors"
	"fmt"
	"strconv"
)

func report(label string, v any, err error) {
	fmt.Println(label, "value:", v)
	if err == nil {
		fmt.Println("  ok")
		return
	}
	fmt.Println("  err:", err)
	ne, ok := err.(*strconv.NumError)
	if !ok {
		fmt.Println("  not a NumError")
		return
	}
	fmt.Println("  Func:", ne.Func)
	fmt.Println("  Num:", strconv.Quote(ne.Num))
	fmt.Println("  Err:", ne.Err)
	fmt.Println("  Is ErrRange:", errors.Is(err, strconv.ErrRange), "Is ErrSyntax:", errors.Is(err, strconv.ErrSyntax))
	fmt.Println("  Unwrap == Err:", errors.Unwrap(err) == ne.Err)
	var target *strconv.NumError
	fmt.Println("  As:", errors.As(err, &target), target == ne)
}

func main() {
	v1, err := strconv.ParseInt("300", 10, 8)
	report("ParseInt 300/8", v1, err)
	v2, err := strconv.ParseInt("-300", 10, 8)
	report("ParseInt -300/8", v2, err)
	v3, err := strconv.ParseInt("x1", 10, 64)
	report("ParseInt x1", v3, err)
	v4, err := strconv.ParseUint("-1", 10, 64)
	report("ParseUint -1", v4, err)
	v5, err := strconv.ParseUint("99999999999999999999", 10, 64)
	report("ParseUint huge", v5, err)
	v6, err := strconv.Atoi("")
	report("Atoi empty", v6, err)
	v7, err := strconv.ParseBool("yes")
	report("ParseBool yes", v7, err)
	v8, err := strconv.ParseFloat("1e400", 64)
	report("ParseFloat 1e400", v8, err)
	v9, err := strconv.ParseFloat("abc", 64)
	report("ParseFloat abc", v9, err)
	v10, err := strconv.ParseInt("7", 99, 64)
	report("ParseInt base 99", v10, err)
	v11, err := strconv.ParseInt("7", 10, 99)
	report("ParseInt bitSize 99", v11, err)
	v12, err := strconv.Unquote("abc")
	report("Unquote abc", v12, err)
	v13, err := strconv.ParseFloat("1e-400", 64)
	report("ParseFloat 1e-400", v13, err)
	v14, err := strconv.ParseFloat("3.5e38", 32)
	report("ParseFloat 3.5e38/32", v14, err)

	wrapped := fmt.Errorf("config: %w", err)
	fmt.Println(wrapped)
	fmt.Println("wrapped Is ErrRange:", errors.Is(wrapped, strconv.ErrRange))
	var ne *strconv.NumError
	if errors.As(wrapped, &ne) {
		fmt.Println("wrapped As:", ne.Func, ne.Num)
	}

	mine := &strconv.NumError{Func: "MyFunc", Num: "zzz", Err: errors.New("custom")}
	fmt.Println(mine)
	fmt.Println(mine.Error())
	fmt.Println(errors.Unwrap(mine))
	fmt.Println(errors.Is(mine, strconv.ErrSyntax))
}
