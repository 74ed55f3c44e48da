package main

import (
	"fmt"
	"time"
)

func main() {
	durs := []time.Duration{
		0, 1, -1, 999, 1000, 1001, 1500, 999999, 1000000, 1000001, 1234567,
		999999999, time.Second, time.Second + 1, -time.Second, 1500 * time.Millisecond,
		time.Minute, 61 * time.Second, time.Hour, time.Hour + time.Nanosecond,
		25*time.Hour + 30*time.Minute + 15*time.Second + 250*time.Millisecond,
		-90 * time.Minute, 100 * time.Hour, maxInt64, minInt64, minInt64 + 1,
		2 * time.Microsecond, -2 * time.Microsecond, 3*time.Millisecond + 40*time.Microsecond,
		59*time.Minute + 59*time.Second + 999999999,
	}
	for _, d := range durs {
		fmt.Printf("%d: %v | %s | h=%v m=%v s=%v ms=%d us=%d ns=%d abs=%v\n", int64(d), d, d.String(),
			d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds(), d.Abs())
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%v %d %s %T\n", 90*time.Second, 90*time.Second, 90*time.Second, time.Second)

	ms := []time.Duration{0, -1, 1, time.Microsecond, time.Millisecond, time.Second, 7 * time.Second,
		time.Minute, time.Hour, 3 * time.Millisecond}
	vals := []time.Duration{0, 1, 499, 500, 501, 1499, 1500, -1499, -1500, 2500 * time.Millisecond,
		-2500 * time.Millisecond, 90 * time.Minute, 1234567891234, -1234567891234,
		maxInt64, minInt64, maxInt64 - 1, minInt64 + 1}
	for _, v := range vals {
		for _, m := range ms {
			fmt.Printf("%v.Truncate(%v)=%v Round=%v\n", v, m, v.Truncate(m), v.Round(m))
		}
	}

	inputs := []string{
		"0", "+0", "-0", "", "-", "+", "1s", "1.5s", "-1.5h", "2h45m", "300ms", "1us", "1µs", "1μs",
		"1ns", ".5s", "5.s", "1.0000000000000000001s", "1h1m1s1ms1us1ns", "0.1ns", "1.9ns",
		"3", "3x", "1d", "s", ".s", "-.s", "1..5s", "1s2", "9223372036854775807ns",
		"9223372036854775808ns", "-9223372036854775808ns", "-9223372036854775809ns",
		"2562047h", "2562048h", "2562047h47m16.854775807s", "2562047h47m16.854775808s",
		"-2562047h47m16.854775808s", "100000000000000000000s", "0.333333333333333333333h",
		"1.00000000000000000000000000000000000001h", "1e3s", "1 s", " 1s", "1s ", "1S",
		"1\"x", "1\\x", "1\x01", "1é", "1\xffs", "1\xef\xbf\xbd", "٣s", "1h-1m", "+-1s",
		"1.5.5s", "00001s", "0.000000001s", "0.0000000009s", "16.5m", "1.5us", "1.0005ms",
		"18446744073709551616ns", "9223372036854775807.9ns", "0.9223372036854775807h",
	}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%q: error %v\n", s, err)
		} else {
			fmt.Printf("%q: %v (%d)\n", s, d, int64(d))
		}
	}
	var d time.Duration = 1234 * time.Millisecond
	d += 766 * time.Millisecond
	fmt.Println(d, d/time.Millisecond, d%time.Second, d*2, -d, d > time.Second, time.Duration(2.5*float64(time.Second)))
	fmt.Println([]time.Duration{time.Second, 2 * time.Minute}, map[string]time.Duration{"a": time.Hour})
}

const (
	maxInt64 = 1<<63 - 1
	minInt64 = -1 << 63
)
