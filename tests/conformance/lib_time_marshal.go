package main

import (
	"fmt"
	"time"
)

func main() {
	times := []time.Time{
		{}, time.Date(2020, 1, 2, 3, 4, 5, 600, time.UTC), time.Unix(1700000000, 0),
		time.Date(2020, 1, 2, 3, 4, 5, 0, time.FixedZone("X", -(9*3600+30*60))),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("big", 25*3600)),
		time.Date(2020, 1, 1, 0, 0, 0, 0, time.FixedZone("huge", -100*3600)),
	}
	for _, t := range times {
		b, err := t.MarshalText()
		fmt.Printf("%q %v\n", b, err)
		j, err := t.MarshalJSON()
		fmt.Printf("%q %v\n", j, err)
		s, e := t.ZoneBounds()
		fmt.Println(s.IsZero(), e.IsZero())
		var u time.Time
		if err == nil {
			fmt.Println(u.UnmarshalJSON(j), u, u.Equal(t))
			fmt.Println(u.UnmarshalText(b), u, u.Equal(t))
		}
	}
	var u time.Time
	for _, s := range []string{"null", `"x"`, `2020`, `"`, `"2020-01-02T03:04:05Z"`, `"2020-01-02T03:04:05.5+01:00"`} {
		err := u.UnmarshalJSON([]byte(s))
		fmt.Println(s, err, u)
	}
	fmt.Println(u.UnmarshalText([]byte("bad")), u)
}
