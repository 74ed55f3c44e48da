package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(prefix string, nums ...int) string {
	return fmt.Sprintf("%s: n=%d nil=%t sum=%d", prefix, len(nums), nums == nil, sum(nums...))
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0 // visible to the caller only when it passed a slice with ...
	}
}

func join(sep string, parts ...any) string {
	ss := make([]string, len(parts))
	for i, p := range parts {
		ss[i] = fmt.Sprint(p)
	}
	return strings.Join(ss, sep)
}

func logf(format string, args ...any) {
	fmt.Printf("[log] "+format+"\n", args...)
}

func apply(fs ...func(int) int) func(int) int {
	return func(x int) int {
		for _, f := range fs {
			x = f(x)
		}
		return x
	}
}

func trace(name string, vals ...int) {
	fmt.Printf("deferred %s%v\n", name, vals)
}

func deferVariadic() {
	nums := []int{1, 2, 3}
	defer trace("literal", nums[0], nums[1]) // arguments packed now
	defer trace("spread", nums...)           // the slice header is captured, not the elements
	defer trace("none")
	nums[0] = 100
	nums = append(nums, 4) // reassigning nums does not affect the deferred spread
	fmt.Println("deferVariadic body:", nums)
}

func mustPositive(label string, nums ...int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: %v", label, r)
		}
	}()
	for i, n := range nums {
		if n <= 0 {
			panic(fmt.Sprintf("argument %d is %d", i, n))
		}
	}
	return nil
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	fmt.Println(describe("none"))
	fmt.Println(describe("empty slice", []int{}...))
	fmt.Println(describe("nil slice", []int(nil)...))
	fmt.Println(describe("three", 4, 5, 6))

	s := []int{9, 8, 7}
	zeroFirst(s...)
	zeroFirst(5, 6)
	fmt.Println(s)

	fmt.Println(join("-", 1, "two", 3.0, nil, []int{4}))
	parts := []any{"a", 'b', true}
	fmt.Println(join("+", parts...), join("+", parts), join("+"))
	logf("x=%d y=%q", 3, "why")
	logf("no args")

	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(apply(inc, dbl, inc)(5), apply()(5))

	fmt.Println(append([]byte("ab"), "cd"...), string(append([]byte(nil), "xy"...)))
	words := append([]string{}, strings.Fields("a b c")...)
	fmt.Println(words, len(words))

	deferVariadic()
	fmt.Println(mustPositive("ok", 1, 2), mustPositive("bad", 3, 0, -1), mustPositive("empty"))
	println("variadic sum of 1..5:", sum(1, 2, 3, 4, 5))
}
