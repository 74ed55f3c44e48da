package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println("-- constants --")
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
	fmt.Printf("%d %d %d\n", time.Microsecond, time.Second, time.Hour)
	fmt.Printf("%v %s %d %T\n", 90*time.Second, 90*time.Second, 90*time.Second, time.Second)

	fmt.Println("-- String --")
	for _, d := range []time.Duration{
		0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 12345678,
		time.Second, 1500 * time.Millisecond, 90 * time.Second, 59*time.Minute + 59*time.Second,
		time.Hour, 100 * time.Hour, -1, -1500, -(3*time.Hour + 2*time.Minute),
		time.Hour + time.Nanosecond, 2*time.Hour + 30*time.Minute + 45*time.Second + 500*time.Millisecond,
		math.MaxInt64, math.MinInt64, math.MinInt64 + 1,
	} {
		fmt.Printf("%-22d %s\n", int64(d), d.String())
	}

	fmt.Println("-- arithmetic --")
	d := 2*time.Hour + 30*time.Minute
	fmt.Println(d, d/2, d*3, d-3*time.Hour, d%time.Hour, -d)
	fmt.Println(d/time.Minute, int64(d/time.Second), d > time.Hour, d == 150*time.Minute)
	n := 7
	fmt.Println(time.Duration(n)*time.Millisecond, time.Duration(n*1000)*time.Microsecond)
	timeout := 3 * time.Second
	for i := 0; i < 3; i++ {
		timeout *= 2
	}
	fmt.Println("backoff:", timeout)
	var total time.Duration
	for _, ms := range []int{120, 340, 95, 1005} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println("total:", total, "avg:", total/4)

	fmt.Println("-- conversions --")
	for _, d := range []time.Duration{
		0, 1500 * time.Microsecond, 90 * time.Second, -(3*time.Hour + 2*time.Minute + 3*time.Millisecond),
		36*time.Hour + 15*time.Minute, 1, math.MaxInt64,
	} {
		fmt.Printf("%v: h=%v m=%v s=%v ms=%d us=%d ns=%d\n",
			d, d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}

	fmt.Println("-- Truncate / Round / Abs --")
	base := 1*time.Hour + 15*time.Minute + 30*time.Second + 918273645
	for _, m := range []time.Duration{
		0, -1, time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, 2 * time.Second,
		time.Minute, 10 * time.Minute, time.Hour, 2 * time.Hour, 3 * time.Hour,
	} {
		fmt.Printf("m=%-6v trunc=%-16v round=%-16v neg.trunc=%-17v neg.round=%v\n",
			m, base.Truncate(m), base.Round(m), (-base).Truncate(m), (-base).Round(m))
	}
	fmt.Println((15 * time.Second).Round(10*time.Second), (25 * time.Second).Round(10*time.Second), (-15 * time.Second).Round(10*time.Second))
	fmt.Println(time.Duration(math.MaxInt64).Round(time.Hour), time.Duration(math.MinInt64).Round(time.Hour))
	fmt.Println(time.Duration(math.MaxInt64).Truncate(time.Hour))
	for _, d := range []time.Duration{0, 5, -5, -time.Hour, math.MaxInt64, math.MinInt64, math.MinInt64 + 1} {
		fmt.Printf("Abs(%v) = %v\n", d, d.Abs())
	}

	fmt.Println("-- ParseDuration --")
	for _, s := range []string{
		"0", "1ns", "1us", "1µs", "1μs", "1ms", "1s", "1m", "1h", "1.5h", "-3h2m", "+5s",
		"1h30m45s", "2.5ms", ".5s", "1.s", "300ms", "1h1h", "0.000000001s", "0.0000000001s",
		"9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h",
		"2562048h", "",
		"1", "abc", "1x", "1.2.3s", "-", "s", "1h-2m", "  1s", "1e3s", "3 s", "10Ms", "5m-",
	} {
		d, err := time.ParseDuration(s)
		if err != nil {
			fmt.Printf("%-26q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-26q %v\n", s, d)
	}

	fmt.Println("-- Month / Weekday --")
	for m := time.January; m <= time.December; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	fmt.Println(time.Month(0), time.Month(13), time.Month(-1))
	for w := time.Sunday; w <= time.Saturday; w++ {
		fmt.Printf("%d=%s ", w, w)
	}
	fmt.Println()
	fmt.Println(time.Weekday(7), time.Weekday(-1), time.March+2, int(time.October))
	fmt.Printf("%v %d %s %q\n", time.July, time.July, time.Friday, time.Friday)
}
