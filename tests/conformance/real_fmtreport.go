package main

import (
	"errors"
	"fmt"
	"strings"
)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
)

func (l Level) String() string {
	return [...]string{"?", "DEBUG", "INFO", "WARN", "ERROR"}[l]
}

type Geo struct {
	Lat, Lon float64
}

type Host struct {
	Name  string
	Port  uint16
	Tags  []string
	Geo   *Geo
	Meta  map[string]int
	Level Level
}

type Sample struct {
	Host   Host
	Values [3]float32
	Err    error
	Raw    []byte
	Note   *string
	Any    any
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	rows := []struct {
		Region string
		Sales  float64
		Units  int
		Growth float64
	}{
		{"north", 12345.678, 120, 0.0512},
		{"south", 987.5, 8, -0.25},
		{"east-central", 0.004, 0, 1.5},
		{"west", -42.125, -3, 0},
	}
	fmt.Printf("|%-10s|%12s|%6s|%8s|\n", "region", "sales", "units", "growth")
	fmt.Println("|" + strings.Repeat("-", 10) + "|" + strings.Repeat("-", 12) + "|" + strings.Repeat("-", 6) + "|" + strings.Repeat("-", 8) + "|")
	var total float64
	for _, r := range rows {
		fmt.Printf("|%-10.10s|%12.2f|%6d|%+7.1f%%|\n", r.Region, r.Sales, r.Units, r.Growth*100)
		total += r.Sales
	}
	fmt.Printf("|%10s|%12.3e|%06d|%8.3g|\n", "total", total, len(rows), total)
	fmt.Printf("[%*d] [%-*d] [%.*f] [%08.3f] [% d] [%+d]\n", 6, 42, 6, 42, 2, 3.14159, -3.14159, 7, 7)

	fmt.Printf("%x %X %#x %o %#o %b %08b\n", 255, 48879, 3054, 8, 8, 5, 5)
	fmt.Printf("%x % x %X %q %s\n", "hi\x00!", []byte("abc"), "zz", "tab\there\n", []byte("bytes"))
	fmt.Printf("%q %+q %#q %q %c %U %#U\n", "héllo", "héllo", "back`tick", 'x', 0x263A, 0x263A, 'ä')
	fmt.Printf("%t %v %5t|%-7v|\n", true, false, true, nil)
	fmt.Printf("%e %E %.3g %g %g %g %G\n", 123456.789, 0.000123, 2.0/3, 1e21, 1e-7, 100.0, 1e-10)
	fmt.Printf("%v %.2f %6.1f %s\n", Celsius(21.456), Celsius(3), Celsius(-4.44), Celsius(0))

	note := "watch"
	s := Sample{
		Host: Host{
			Name:  "db1",
			Port:  5432,
			Tags:  []string{"primary", "eu"},
			Geo:   &Geo{52.52, 13.405},
			Meta:  map[string]int{"z": 26, "a": 1, "m": 13},
			Level: Warn,
		},
		Values: [3]float32{1.5, 2.25, -0.125},
		Err:    errors.New("disk full"),
		Raw:    []byte{0xde, 0xad},
		Note:   &note,
		Any:    map[int]string{3: "c", 1: "a", 2: "b"},
	}
	fmt.Printf("%v\n", s.Host.Tags)
	fmt.Printf("%v\n", s.Host.Meta)
	fmt.Printf("%+v\n", s.Host.Geo)
	fmt.Printf("%v\n", *s.Host.Geo)
	fmt.Printf("%v %d %s %x\n", s.Values, s.Host.Level, s.Host.Level, s.Raw)
	fmt.Printf("%v|%+v\n", s.Err, s.Any)
	h := s.Host
	h.Geo = nil
	h.Meta = nil
	fmt.Printf("%+v\n", h)
	fmt.Printf("%v\n", &h)
	fmt.Printf("%+v\n", &struct {
		A int
		B []Level
		C map[Level]bool
	}{1, []Level{Debug, Error}, map[Level]bool{Info: true, Debug: false}})
	fmt.Printf("%v %+v\n", struct{}{}, [2]struct{ X, Y int }{{1, 2}, {3, 4}})
	fmt.Printf("%s %v %d\n", []string{"a", "b"}, [][]int{{1}, {2, 3}, nil}, map[string][]int{"k": {1, 2}})
	fmt.Printf("%6.2v|%-8q|%8.3s|%x\n", 3.14159, "q", "abcdef", -255)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
	fmt.Printf("%v %v %v\n", int8(-128), uint64(18446744073709551615), uintptr(10))
	var ip *int
	var e error
	fmt.Printf("%v %v %+v %d\n", ip, e, []any{nil, 1, "x"}, []any{1, 2})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil), fmt.Sprintln("x", 1))
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%-4d|", i*i)
	}
	fmt.Println(sb.String(), sb.Len())
}
