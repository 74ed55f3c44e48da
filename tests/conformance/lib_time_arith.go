package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	t0 := time.Date(2009, 11, 10, 23, 0, 0, 0, time.UTC)
	ds := []time.Duration{0, 1, -1, time.Second / 2, -time.Second / 2, 999999999, -999999999, time.Hour * 24 * 365,
		-time.Hour * 24 * 365 * 100, maxInt64, minInt64}
	for _, d := range ds {
		t := t0.Add(d)
		fmt.Println(d, "->", t, t.Sub(t0), t0.Sub(t), t.After(t0), t.Before(t0), t.Equal(t0), t.Compare(t0), t0.Compare(t))
	}
	// Sub saturation.
	far := time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)
	old := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	fmt.Println(far.Sub(old), old.Sub(far), far.Sub(far), time.Time{}.Sub(old))
	// Unix constructors.
	for _, p := range [][2]int64{{0, 0}, {0, -1}, {0, 1e9}, {0, -1e9 - 1}, {5, 2500000000}, {-5, -2500000000},
		{1e10, 999999999}, {-1, 1}} {
		t := time.Unix(p[0], p[1]).UTC()
		fmt.Println(p, t, t.Unix(), t.UnixNano(), t.UnixMicro(), t.UnixMilli(), t.Nanosecond())
	}
	for _, ms := range []int64{0, 1, -1, 1999, -1999, 1700000000123} {
		fmt.Println(ms, time.UnixMilli(ms).UTC(), time.UnixMicro(ms).UTC(), time.UnixMilli(ms).UnixMilli(), time.UnixMicro(ms).UnixMicro())
	}
	// Truncate and Round.
	tr := time.Date(2012, 12, 7, 12, 15, 30, 918273645, time.UTC)
	for _, d := range []time.Duration{0, -1, 1, time.Nanosecond * 3, time.Microsecond, time.Millisecond, time.Second,
		2 * time.Second, time.Minute, 7 * time.Minute, time.Hour, 5 * time.Hour, 24 * time.Hour, 1234567 * time.Nanosecond,
		7 * 24 * time.Hour, 333 * time.Millisecond, maxInt64} {
		fmt.Println(d, tr.Truncate(d).Format(time.RFC3339Nano), tr.Round(d).Format(time.RFC3339Nano))
	}
	neg := time.Date(-3, 6, 15, 13, 45, 10, 500000000, time.UTC)
	for _, d := range []time.Duration{time.Second, time.Hour, 24 * time.Hour, 7 * time.Millisecond, 1234567 * time.Nanosecond} {
		fmt.Println(d, neg.Truncate(d).Format(time.RFC3339Nano), neg.Round(d).Format(time.RFC3339Nano))
	}
	// Zero value.
	var z time.Time
	fmt.Println(z, z.IsZero(), z.Unix(), z.Year(), z.Weekday(), z.YearDay(), z.Location(), z.Format(time.RFC3339))
	fmt.Println(z.Add(1).IsZero(), time.Unix(0, 0).IsZero(), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).IsZero())
	fmt.Printf("%v|%s|%d\n", z, z, z.Nanosecond())
	// Locations.
	u := time.Unix(1700000000, 5)
	fmt.Println(u, u.Location(), u.UTC().Location(), u.Local().Location(), time.UTC, time.Local)
	fmt.Println(u == u.UTC(), u.Equal(u.UTC()), u.UTC() == time.Unix(1700000000, 5).UTC(), u == u.Local(), u.UTC() == u.In(time.UTC))
	name, off := u.Zone()
	fmt.Println(name, off, u.IsDST())
	east := time.FixedZone("EST5", -5*3600)
	half := time.FixedZone("IST", 5*3600+1800)
	odd := time.FixedZone("", -(3*3600 + 25*60 + 7))
	un := time.FixedZone("", 2*3600)
	fmt.Println(east, half, odd, un, time.FixedZone("", 3600) == time.FixedZone("", 3600), time.FixedZone("A", 0) == time.FixedZone("A", 0))
	for _, loc := range []*time.Location{time.UTC, time.Local, east, half, odd, un} {
		t := u.In(loc)
		n, o := t.Zone()
		fmt.Println(t, "|", n, o, "|", t.Format(time.RFC3339), t.Format("Z07 Z0700 Z070000 Z07:00:00 -07 -070000 -07:00:00 MST"), t.Location())
		d := time.Date(2024, 2, 29, 1, 2, 3, 4, loc)
		fmt.Println(d, d.Unix(), d.UTC(), d.AddDate(0, 1, 0), d.Equal(d.UTC()), d.Day(), d.Hour())
	}
	// In(nil) panics.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		u.In(nil)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		time.Date(2020, 1, 1, 0, 0, 0, 0, nil)
	}()
	// GoString.
	fmt.Println(u.GoString(), u.UTC().GoString(), time.Date(2020, 1, 1, 0, 0, 0, 0, east).GoString())
	// Monotonic clock: deterministic facts only.
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	mid := time.Now()
	el := time.Since(start)
	fmt.Println(el >= 2*time.Millisecond, mid.Sub(start) >= 2*time.Millisecond, mid.After(start), start.Before(mid),
		start.Equal(start), mid.Compare(start), time.Until(start) < 0, el < time.Minute)
	fmt.Println(strings.Contains(start.String(), " m=+"), strings.Contains(start.Round(0).String(), "m="),
		strings.Contains(start.UTC().String(), "m="), strings.Contains(start.Add(time.Hour).String(), "m=+"),
		strings.Contains(start.Truncate(time.Second).String(), "m="), start.Location(), start.Year() >= 2024)
	s1 := start.Add(time.Second)
	fmt.Println(s1.Sub(start), start.Sub(s1), s1.Round(0).Sub(start), start.Round(0) == start, start.Round(0).Equal(start))
	time.Sleep(-5)
	time.Sleep(0)
	w := start.Round(0).Add(time.Duration(maxInt64))
	fmt.Println(strings.Contains(start.Add(time.Duration(maxInt64)).String(), "m="), w.Sub(start.Round(0)))
}

const (
	maxInt64 = 1<<63 - 1
	minInt64 = -1 << 63
)
