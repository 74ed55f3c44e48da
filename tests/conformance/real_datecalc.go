package main

import (
	"fmt"
	"strings"
	"time"
)

type Span struct {
	Name       string
	Start, End time.Time
}

func (s Span) Duration() time.Duration { return s.End.Sub(s.Start) }

func (s Span) Overlaps(o Span) bool { return s.Start.Before(o.End) && o.Start.Before(s.End) }

func businessDays(from, to time.Time) (n int) {
	for d := from; d.Before(to); d = d.AddDate(0, 0, 1) {
		switch d.Weekday() {
		case time.Saturday, time.Sunday:
			continue
		}
		n++
	}
	return
}

func age(birth, on time.Time) (years, months, days int) {
	y1, m1, d1 := birth.Date()
	y2, m2, d2 := on.Date()
	years = y2 - y1
	months = int(m2 - m1)
	days = d2 - d1
	if days < 0 {
		months--
		days += time.Date(y2, m2, 0, 0, 0, 0, 0, time.UTC).Day()
	}
	if months < 0 {
		years--
		months += 12
	}
	return
}

func humanize(d time.Duration) string {
	if d < 0 {
		return "-" + humanize(-d)
	}
	parts := []string{}
	units := []struct {
		unit time.Duration
		name string
	}{{24 * time.Hour, "d"}, {time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}}
	for _, u := range units {
		if d >= u.unit {
			parts = append(parts, fmt.Sprintf("%d%s", d/u.unit, u.name))
			d %= u.unit
		}
	}
	if len(parts) == 0 {
		return d.String()
	}
	return strings.Join(parts, " ")
}

func main() {
	base := time.Date(2024, time.February, 28, 22, 30, 0, 0, time.UTC)
	fmt.Println(base, base.Weekday(), base.YearDay())
	for _, add := range []time.Duration{90 * time.Minute, 25 * time.Hour, -48 * time.Hour, 1500 * time.Millisecond, 366 * 24 * time.Hour} {
		t := base.Add(add)
		fmt.Printf("%-14v %s %-9v day=%3d\n", add, t.Format("2006-01-02 15:04:05.000 Mon"), t.Weekday(), t.YearDay())
	}
	fmt.Println(base.AddDate(0, 1, 1).Format(time.RFC3339), base.AddDate(1, 0, 1).Format("Jan 2, 2006"), time.Date(2023, 1, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0).Format(time.DateOnly))
	fmt.Println(time.Date(2024, 13, 35, 25, 61, 0, 0, time.UTC), time.Date(2024, 3, 0, 0, 0, 0, 0, time.UTC).Day())

	spans := []Span{
		{"build", time.Date(2024, 5, 1, 9, 0, 0, 0, time.UTC), time.Date(2024, 5, 1, 17, 45, 30, 0, time.UTC)},
		{"test", time.Date(2024, 5, 1, 17, 0, 0, 0, time.UTC), time.Date(2024, 5, 3, 8, 0, 0, 0, time.UTC)},
		{"ship", time.Date(2024, 5, 3, 8, 0, 0, 0, time.UTC), time.Date(2024, 5, 3, 8, 0, 0, 250e6, time.UTC)},
	}
	var total time.Duration
	for i, s := range spans {
		d := s.Duration()
		total += d
		fmt.Printf("%-6s %-20v %-14s h=%.3f m=%.1f ms=%d", s.Name, d, humanize(d), d.Hours(), d.Minutes(), d.Milliseconds())
		for _, o := range spans[i+1:] {
			if s.Overlaps(o) {
				fmt.Printf(" overlaps:%s", o.Name)
			}
		}
		fmt.Println()
	}
	fmt.Println("total", total, total.Round(time.Hour), total.Truncate(time.Minute), total.Seconds())

	for _, in := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1d", "", "4000000000s", "10us", "2h45m10.123456789s"} {
		d, err := time.ParseDuration(in)
		if err != nil {
			fmt.Printf("%-22q error: %v\n", in, err)
			continue
		}
		fmt.Printf("%-22q %-20v %d\n", in, d, int64(d))
	}

	y, m, d := age(time.Date(1990, 8, 31, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC))
	fmt.Printf("age %dy %dm %dd\n", y, m, d)
	from := time.Date(2024, 12, 20, 0, 0, 0, 0, time.UTC)
	fmt.Println("business days:", businessDays(from, from.AddDate(0, 0, 21)))
	yr, wk := time.Date(2021, 1, 3, 0, 0, 0, 0, time.UTC).ISOWeek()
	fmt.Println(yr, wk, time.December, time.Month(5), time.Weekday(3), time.Duration(1), time.Duration(0), time.Duration(-1<<63))
	deadline := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	left := deadline.Sub(base)
	fmt.Println(left, humanize(left), base.Add(left).Equal(deadline), deadline.After(base), deadline.Compare(base))
	t1 := time.Unix(1700000000, 0).UTC()
	fmt.Println(t1, t1.Unix(), t1.Format(time.Kitchen), t1.Truncate(24*time.Hour).Format(time.ANSIC))
	p, err := time.Parse("2006-01-02 15:04", "2024-07-04 12:34")
	fmt.Println(p, err, p.Sub(base).Round(time.Hour))
	_, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(err)
	two := time.Duration(2)
	big := time.Duration(1<<62) * two
	fmt.Println(big, big+big/2 < 0)
}
