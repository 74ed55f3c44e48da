package main

import (
	"fmt"
	"strings"
	"time"
)

type Event struct {
	Title string
	Start time.Time
	Dur   time.Duration
}

func (e Event) End() time.Time { return e.Start.Add(e.Dur) }

func (e Event) Overlaps(o Event) bool {
	return e.Start.Before(o.End()) && o.Start.Before(e.End())
}

func monthGrid(year int, month time.Month, marks map[int]string) string {
	var sb strings.Builder
	first := time.Date(year, month, 1, 0, 0, 0, 0, time.UTC)
	fmt.Fprintf(&sb, "%s\n", centre(first.Format("January 2006"), 20))
	sb.WriteString("Mo Tu We Th Fr Sa Su\n")
	offset := (int(first.Weekday()) + 6) % 7
	sb.WriteString(strings.Repeat("   ", offset))
	days := first.AddDate(0, 1, -1).Day()
	for d := 1; d <= days; d++ {
		cell := fmt.Sprintf("%2d", d)
		if m, ok := marks[d]; ok {
			cell = m + cell[1:]
		}
		sb.WriteString(cell)
		if (offset+d)%7 == 0 {
			sb.WriteString("\n")
		} else if d < days {
			sb.WriteString(" ")
		}
	}
	sb.WriteString("\n")
	return sb.String()
}

func centre(s string, w int) string {
	pad := w - len(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func main() {
	loc := time.UTC
	base := time.Date(2024, time.February, 27, 9, 0, 0, 0, loc)
	events := []Event{
		{"standup", base, 15 * time.Minute},
		{"design review", base.Add(10 * time.Minute), time.Hour},
		{"lunch", base.Add(3 * time.Hour), 45 * time.Minute},
		{"leap day party", time.Date(2024, 2, 29, 18, 30, 0, 0, loc), 4*time.Hour + 30*time.Minute},
		{"retro", base.AddDate(0, 0, 3), 90 * time.Minute},
	}
	for i, e := range events {
		fmt.Printf("%-15s %s - %s (%v) %s\n", e.Title, e.Start.Format("Mon 02 Jan 15:04"), e.End().Format("15:04"), e.Dur, e.Start.Weekday())
		for _, o := range events[i+1:] {
			if e.Overlaps(o) {
				fmt.Printf("   ! overlaps %q by %v\n", o.Title, e.End().Sub(o.Start))
			}
		}
	}
	marks := map[int]string{27: "*", 29: "!"}
	fmt.Print(monthGrid(2024, time.February, marks))
	fmt.Print(monthGrid(2023, time.October, nil))
	t := time.Date(2023, 12, 31, 23, 59, 59, 999999999, loc)
	fmt.Println(t.Add(time.Nanosecond).Format(time.RFC3339Nano), t.Format("2006-01-02 03:04:05.000 PM"), t.YearDay())
	norm := time.Date(2023, 14, 35, 25, 61, 0, 0, loc)
	fmt.Println(norm.Format(time.DateTime), norm.Month(), norm.Day())
	fmt.Println(time.Date(2024, 1, 31, 0, 0, 0, 0, loc).AddDate(0, 1, 0).Format(time.DateOnly))
	y, w := time.Date(2021, 1, 3, 0, 0, 0, 0, loc).ISOWeek()
	fmt.Println(y, w, time.Date(2024, 12, 30, 0, 0, 0, 0, loc).Format("Jan 2, 2006 at 3:04pm (MST)"))
	for _, s := range []string{"1h30m", "-2.5s", "300ms", "1h2m3s4ms5us6ns", "bogus", "10", "1.5h"} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%-18q %-16v %v\n", s, d, err)
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Minute), d.Minutes(), d.Milliseconds(), d.String())
	fmt.Printf("%d %v %s %.2f\n", time.Second, 1500*time.Microsecond, time.Duration(-1), time.Duration(90*time.Second).Minutes())
	p, err := time.Parse("2006-01-02 15:04:05", "2024-07-04 12:30:00")
	fmt.Println(p, err, p.Unix(), p.Weekday(), p.Truncate(24*time.Hour).Format(time.Kitchen))
	_, err = time.Parse(time.DateOnly, "2024-02-30")
	fmt.Println(err)
	a := time.Date(2000, 1, 1, 0, 0, 0, 0, loc)
	b := time.Date(2024, 3, 15, 12, 0, 0, 0, loc)
	fmt.Println(b.Sub(a), b.Sub(a).Hours()/24, a.Equal(a.Add(0)), a.Compare(b), b.After(a), a.IsZero(), time.Time{}.IsZero())
	fmt.Println(time.Unix(1700000000, 0).UTC(), time.UnixMilli(1).UTC().Format(time.StampMilli))
}
