package main

import (
	"fmt"
	"time"
)

var state uint64 = 88172645463325252

func next() uint64 {
	state ^= state << 13
	state ^= state >> 7
	state ^= state << 17
	return state
}

func main() {
	for i := 0; i < 600; i++ {
		var s int64
		switch i % 4 {
		case 0:
			s = int64(next())
		case 1:
			s = int64(next()%(1<<40)) - 1<<39
		case 2:
			s = int64(next()%(1<<36)) - 1<<35
		default:
			s = int64(next() % 8000000000)
		}
		ns := int64(next() % 1e9)
		t := time.Unix(s, ns).UTC()
		y, m, d := t.Date()
		iy, iw := t.ISOWeek()
		d2 := time.Date(y, m, d, t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
		dur := time.Duration(next() % (1 << uint(next()%62)))
		fmt.Println(s, t.Format(time.RFC3339Nano), t.YearDay(), t.Weekday(), iy, iw, d2.Equal(t),
			dur, t.Truncate(dur).Format(time.RFC3339Nano), t.Round(dur).Format(time.RFC3339Nano),
			t.AddDate(int(next()%400)-200, int(next()%40)-20, int(next()%4000)-2000).Format(time.DateTime))
		a := time.Unix(int64(next()%(1<<34)), int64(next()%1e9))
		b := time.Unix(int64(next()%(1<<34)), int64(next()%1e9))
		fmt.Println(a.Sub(b), b.Sub(a), a.Compare(b), time.Duration(int64(next())).String(), time.Duration(int64(next()%(1<<40))).Round(time.Duration(next()%1e7+1)))
	}
}
