package main

import (
	"fmt"
	"time"
)

func main() {
	secs := []int64{
		0, 1, -1, 86399, 86400, -86400, 951782400, 951868800, 951868799, 946684800, 946684799,
		1136239445, 1234567890, 1700000000, 2147483647, -2147483648, 4102444800, 253402300799,
		253402300800, -62135596800, -62135596801, -62135596800 - 86400*366, -62167219200,
		-62198755200, -99999999999, -377705116800, 32503680000, 68169600000, 1709164800,
		1709251199, 1582934400, 4107542400, 4107628800, 13569465600, 13574563200,
		-2208988800, -5364662400, -11644473600, 1e12, -1e12, 7e13, -7e13,
	}
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly}
	for _, s := range secs {
		t := time.Unix(s, 0).UTC()
		y, m, d := t.Date()
		h, mi, se := t.Clock()
		iy, iw := t.ISOWeek()
		fmt.Printf("%d: %v | %d %v %d %02d:%02d:%02d yday=%d wd=%v iso=%d-%d unix=%d ms=%d\n", s, t, y, m, d, h, mi, se,
			t.YearDay(), t.Weekday(), iy, iw, t.Unix(), t.UnixMilli())
		if t.Year() != y || t.Month() != m || t.Day() != d || t.Hour() != h || t.Minute() != mi || t.Second() != se {
			fmt.Println("  accessor mismatch")
		}
	}
	ref := time.Unix(1136239445, 123456789).UTC()
	for _, t := range []time.Time{ref, time.Unix(1136239445, 0), time.Unix(-62135596800+3600*13, 50000000).UTC(),
		time.Date(2024, 2, 29, 0, 0, 0, 100, time.UTC), time.Date(-5, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(12345, 7, 4, 12, 0, 0, 0, time.UTC)} {
		for _, l := range layouts {
			fmt.Printf("%q -> %q\n", l, t.Format(l))
		}
	}
	custom := []string{"2006", "06", "1", "01", "Jan", "January", "2", "02", "_2", "__2", "002", "Mon", "Monday",
		"15", "3", "03", "4", "04", "5", "05", "PM", "pm", "MST", "Z0700", "Z07:00", "Z07", "Z070000", "Z07:00:00",
		"-0700", "-07:00", "-07", "-070000", "-07:00:00", ".0", ".00", ".000000", ".999", ".9", ",000", ",999999999",
		".0000000000", "05.000", "05,999", "Janet", "Month", "Mondays", "_2006", "2006-002", "x.09", "1.005",
		"[15:04:05.000000] ", "Jan Febr Mon Tues", "hello", "", "Z", "-", "__", "0", "12", "123456", "p", "P", ".",
		"Monday, January 2, 2006 at 3:04pm (MST)", "2006-01-02T15:04:05.999999999Z07:00 extra"}
	times := []time.Time{ref, time.Date(2009, 11, 10, 0, 5, 6, 0, time.UTC), time.Date(2009, 11, 10, 12, 5, 6, 7000000, time.UTC),
		time.Date(2021, 1, 3, 23, 0, 0, 0, time.UTC), time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, t := range times {
		for _, l := range custom {
			fmt.Printf("%v %q -> %q\n", t.Unix(), l, t.Format(l))
		}
	}
	// Date normalisation and AddDate.
	dates := [][7]int{
		{2023, 10, 32, 0, 0, 0, 0}, {2023, 13, 1, 0, 0, 0, 0}, {2023, 0, 1, 0, 0, 0, 0}, {2023, -1, 1, 0, 0, 0, 0},
		{2023, 1, 0, 0, 0, 0, 0}, {2024, 3, 0, 0, 0, 0, 0}, {2023, 3, 0, 0, 0, 0, 0}, {2023, 1, 1, 24, 0, 0, 0},
		{2023, 1, 1, -1, 0, 0, 0}, {2023, 1, 1, 0, 60, 0, 0}, {2023, 1, 1, 0, 0, -1, 0}, {2023, 1, 1, 0, 0, 0, -1},
		{2023, 1, 1, 0, 0, 0, 1e9}, {2023, 1, 1, 0, 0, 0, 3e9 + 5}, {2000, 2, 29, 0, 0, 0, 0}, {1900, 2, 29, 0, 0, 0, 0},
		{0, 1, 1, 0, 0, 0, 0}, {-1, 1, 1, 0, 0, 0, 0}, {-400, 2, 29, 0, 0, 0, 0}, {2023, 25, 400, 100, 100, 100, 0},
		{2023, -25, -400, -100, -100, -100, -5}, {9999, 12, 31, 23, 59, 59, 999999999}, {10000, 1, 1, 0, 0, 0, 0},
		{1970, 1, 1, 0, 0, 0, 0}, {1969, 12, 31, 23, 59, 59, 999999999}, {1600, 3, 1, 0, 0, 0, 0}, {2100, 2, 29, 0, 0, 0, 0},
	}
	for _, d := range dates {
		t := time.Date(d[0], time.Month(d[1]), d[2], d[3], d[4], d[5], d[6], time.UTC)
		fmt.Println(d, "->", t, t.Unix(), t.Nanosecond(), t.YearDay(), t.Weekday())
	}
	base := []time.Time{time.Date(2011, 1, 1, 10, 0, 0, 0, time.UTC), time.Date(2020, 1, 31, 0, 0, 0, 0, time.UTC),
		time.Date(2024, 2, 29, 12, 30, 0, 5, time.UTC), time.Date(2023, 10, 31, 0, 0, 0, 0, time.UTC)}
	adds := [][3]int{{0, 0, 0}, {1, 0, 0}, {-1, 2, 3}, {0, 1, 0}, {0, -1, 0}, {0, 0, 365}, {0, 0, -366}, {0, 13, 0},
		{4, 0, 0}, {-2000, 0, 0}, {0, 0, 100000}, {0, -120, 0}}
	for _, b := range base {
		for _, a := range adds {
			fmt.Println(b.Format(time.RFC3339Nano), a, "->", b.AddDate(a[0], a[1], a[2]).Format(time.RFC3339Nano))
		}
	}
	// Months and weekdays.
	for m := time.Month(-1); m <= 14; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for d := time.Weekday(-1); d <= 8; d++ {
		fmt.Print(d.String(), " ")
	}
	fmt.Println()
	fmt.Println(time.January, time.December, time.Sunday, time.Saturday, int(time.March), time.Month(5))
	fmt.Printf("%v %d %s %q\n", time.July, time.July, time.July, time.July)
}
