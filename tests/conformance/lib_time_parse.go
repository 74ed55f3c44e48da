package main

import (
	"errors"
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		var pe *time.ParseError
		if errors.As(err, &pe) {
			fmt.Printf("%q %q: error %v | %q %q %q\n", layout, value, err, pe.LayoutElem, pe.ValueElem, pe.Message)
		} else {
			fmt.Printf("%q %q: error %v\n", layout, value, err)
		}
		return
	}
	name, off := t.Zone()
	fmt.Printf("%q %q: %v | unix=%d loc=%v zone=%s/%d\n", layout, value, t, t.Unix(), t.Location(), name, off)
}

func main() {
	ref := time.Date(2006, 1, 2, 15, 4, 5, 123456789, time.UTC)
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen,
		time.Stamp, time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly}
	for _, l := range layouts {
		show(l, ref.Format(l))
		show(l, ref.In(time.FixedZone("PDT", -7*3600)).Format(l))
	}
	cases := [][2]string{
		{time.RFC3339, "2023-10-05T14:30:00Z"},
		{time.RFC3339, "2023-10-05T14:30:00+00:00"},
		{time.RFC3339, "2023-10-05T14:30:00-07:00"},
		{time.RFC3339, "2023-10-05T14:30:00.5+05:30"},
		{time.RFC3339, "2023-10-05T14:30:00,123Z"},
		{time.RFC3339, "2023-10-05T14:30:00"},
		{time.RFC3339, "2023-10-05 14:30:00Z"},
		{time.RFC3339, "2023-13-05T14:30:00Z"},
		{time.RFC3339, "2023-02-29T14:30:00Z"},
		{time.RFC3339, "2024-02-29T24:30:00Z"},
		{time.RFC3339, "2024-02-29T23:60:00Z"},
		{time.RFC3339, "2024-02-29T23:59:60Z"},
		{time.RFC3339, "2024-02-29T23:59:59+24:00"},
		{time.RFC3339, "2024-02-29T23:59:59+25:00"},
		{time.RFC3339, "2024-02-29T23:59:59+01:61"},
		{time.RFC3339, "2024-02-29T23:59:59*01:00"},
		{time.RFC3339, "2024-02-29T23:59:59Zjunk"},
		{time.RFC3339Nano, "2024-02-29T23:59:59.123456789123Z"},
		{time.RFC3339Nano, "2024-02-29T23:59:59Z"},
		{time.RFC3339Nano, "2024-02-29T23:59:59.Z"},
		{time.DateOnly, "2024-1-5"},
		{time.DateOnly, "0000-01-01"},
		{time.DateOnly, "99999-01-01"},
		{time.DateOnly, "+123-01-01"},
		{time.DateOnly, ""},
		{time.TimeOnly, "25:00:00"},
		{time.TimeOnly, "7:05:09"},
		{time.TimeOnly, "07:05:09.999"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:00AM"},
		{time.Kitchen, "12:00PM"},
		{time.Kitchen, "13:00PM"},
		{time.Kitchen, "3:04XM"},
		{time.Kitchen, "3:04pm"},
		{"3:04pm", "3:04pm"},
		{"3:04pm", "11:59am"},
		{"Jan 2 2006", "feb 29 2024"},
		{"Jan 2 2006", "FEB 30 2024"},
		{"Jan 2 2006", "Xyz 1 2024"},
		{"January 2, 2006", "september 9, 1999"},
		{"January 2, 2006", "Sept 9, 1999"},
		{"Mon Jan 2", "tue Mar 7"},
		{"Monday", "Funday"},
		{"02/01/06", "31/12/68"},
		{"02/01/06", "31/12/69"},
		{"02/01/06", "1/12/69"},
		{"2006-002", "2024-060"},
		{"2006-002", "2024-366"},
		{"2006-002", "2023-366"},
		{"2006-002", "2023-000"},
		{"2006-__2", "2023-  7"},
		{"2006-__2 Jan 2", "2023- 32 Feb 1"},
		{"2006-__2 Jan 2", "2023- 32 Mar 1"},
		{"2006-__2 Jan 2", "2023- 32 Feb 2"},
		{"2006 15:04:05 MST", "2020 10:00:00 PST"},
		{"2006 15:04:05 MST", "2020 10:00:00 UTC"},
		{"2006 15:04:05 MST", "2020 10:00:00 GMT+3"},
		{"2006 15:04:05 MST", "2020 10:00:00 GMT-11"},
		{"2006 15:04:05 MST", "2020 10:00:00 GMT+30"},
		{"2006 15:04:05 MST", "2020 10:00:00 ChST"},
		{"2006 15:04:05 MST", "2020 10:00:00 WITA"},
		{"2006 15:04:05 MST", "2020 10:00:00 CEST"},
		{"2006 15:04:05 MST", "2020 10:00:00 ABCD"},
		{"2006 15:04:05 MST", "2020 10:00:00 AB"},
		{"2006 15:04:05 MST", "2020 10:00:00 +03"},
		{"2006 15:04:05 MST", "2020 10:00:00 abc"},
		{"2006 15:04:05 -0700 MST", "2020 10:00:00 +0000 UTC"},
		{"2006 15:04:05 -0700 MST", "2020 10:00:00 +0000 GMT"},
		{"2006 15:04:05 -0700 MST", "2020 10:00:00 -0800 PST"},
		{"2006 15:04:05 -07", "2020 10:00:00 -08"},
		{"2006 15:04:05 -070000", "2020 10:00:00 -083015"},
		{"2006 15:04:05 -07:00:00", "2020 10:00:00 +08:30:15"},
		{"2006 15:04:05 -07:00:00", "2020 10:00:00 +08:30-15"},
		{"2006 15:04:05 Z07:00:00", "2020 10:00:00 Z"},
		{"2006 15:04:05 Z070000", "2020 10:00:00 +010203"},
		{"2006 15:04:05 Z07", "2020 10:00:00 -03"},
		{"2006 15:04:05 Z0700", "2020 10:00:00 +0x00"},
		{"2006 15:04:05 -0700", "2020 10:00:00 +00"},
		{"15:04:05.000", "10:00:00.12"},
		{"15:04:05.000", "10:00:00.123"},
		{"15:04:05.000", "10:00:00,123"},
		{"15:04:05.000", "10:00:00.1234"},
		{"15:04:05.000", "10:00:00.-12"},
		{"15:04:05.999", "10:00:00"},
		{"15:04:05.999", "10:00:00.5"},
		{"15:04:05.999", "10:00:00.123456789987"},
		{"15:04:05,999", "10:00:00.25"},
		{"15:04:05", "10:00:00.25"},
		{"15:04:05", "10:00:00,25"},
		{"15:04:05 .000", "10:00:00 .250"},
		{"15:04", "10:00:00"},
		{"15:04:05", "10:00"},
		{"2006  01  02", "2006 01      02"},
		{"2006 01 02", "2006010 2"},
		{"2006-01-02", "2006-01-02 "},
		{"", ""},
		{"", "x"},
		{"literal", "literal"},
		{"literal", "litera"},
		{"_2006", "_2024"},
		{"2006", "20x4"},
		{"06", "x"},
		{"06", "-1"},
		{"1/2", "13/1"},
		{"1/2", "0/1"},
		{"1/2", "12/0"},
		{"1/2", "2/30"},
		{"3 PM", "0 PM"},
		{"15", "-1"},
		{"4", "60"},
		{"5", "60"},
		{"Jan", "J"},
		{"pm", "p"},
		{"MST", "\"quoted\\\xff"},
	}
	for _, c := range cases {
		show(c[0], c[1])
	}
	t, err := time.ParseInLocation("2006-01-02 15:04 MST", "2020-05-06 07:08 EST", time.FixedZone("EST", -5*3600))
	fmt.Println(t, err, t.Unix())
	t, err = time.ParseInLocation("2006-01-02 15:04", "2020-05-06 07:08", time.FixedZone("X", 3600))
	fmt.Println(t, err, t.Unix())
	t, err = time.ParseInLocation("2006-01-02 15:04 -0700", "2020-05-06 07:08 +0100", time.FixedZone("X", 3600))
	fmt.Println(t, err, t.Unix())
	t, err = time.ParseInLocation(time.RFC3339, "2020-05-06T07:08:09+00:00", time.UTC)
	fmt.Println(t, err, t.Location())
	t, err = time.ParseInLocation(time.DateTime, "2020-05-06 07:08:09", time.Local)
	fmt.Println(t, err, t.Location())
	e := &time.ParseError{Layout: "L", Value: "V", LayoutElem: "LE", ValueElem: "VE"}
	fmt.Println(e.Error())
	e.Message = ": custom"
	fmt.Println(e)
	// Round trips.
	for _, s := range []int64{0, 951782400, 1700000000, -1e10, 253402300799} {
		u := time.Unix(s, 987654321).UTC()
		for _, l := range []string{time.RFC3339Nano, time.RFC1123Z, time.UnixDate, "2006-01-02T15:04:05.000000000 Z07:00"} {
			p, err := time.Parse(l, u.Format(l))
			fmt.Println(l, p, err, p.Equal(u))
		}
	}
}
