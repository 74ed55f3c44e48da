package main

import (
	"fmt"
	"math"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

func (d Weekday) String() string {
	if d < 0 || int(d) >= len(dayNames) {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

type ByteSize float64

const (
	_           = iota // skip 0
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	a, b = iota, iota * 10 // iota is the line index in both
	c, d
	_, _
	e, f
)

const (
	x0 = "s"
	x1 // repeats "s"
	x2 = iota
	x3
)

type Perm uint

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

// Untyped constants are exact and arbitrarily large until converted.
const (
	Huge           = 1 << 100
	Tiny           = Huge >> 98
	Third          = 1.0 / 3
	BigFloat       = 1e300 * 1e300 / 1e300
	Typed    int64 = 7
	Mask           = ^uint32(0)
	Greeting       = "hi" + ", " + "there"
	GLen           = len(Greeting)
	IsLong         = GLen > 5
	Rune           = 'x' + 1
	Phi            = 1.618033988749895
)

func main() {
	for d := Sunday; d <= Saturday+1; d++ {
		fmt.Print(d, ":", d.Weekend(), " ")
	}
	fmt.Println()
	fmt.Printf("%v %d %T %s\n", Wednesday, Wednesday, Wednesday, Weekday(-1))

	fmt.Println(KB, MB, GB, TB, TB/GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2, x3)
	fmt.Printf("%03b %03b %03b %03b %d\n", Read, Write, Exec, All, All&^Write)

	fmt.Println(Tiny, Huge/Huge, Huge>>95, float64(Huge))
	fmt.Println(Third, Third*3 == 1, BigFloat, Typed*2, Mask, Greeting, GLen, IsLong, Rune, string(rune(Rune)))
	var f32 float32 = Third
	var i8 int8 = Tiny * 31
	var u = Mask >> 16
	fmt.Println(f32, i8, u, Phi*2)
	fmt.Printf("%T %T %T %T %T\n", Tiny, Third, Rune, Mask, 'a'*1.0)

	const local = 10
	var fl float64 = local / 4 // integer constant division: 2
	var fl2 float64 = local / 4.0
	fmt.Println(fl, fl2, local%3, -local/3, math.MaxInt32+1, math.Pi*2)

	type Level int
	const (
		Debug Level = iota - 1
		Info
		Warn
		Error
	)
	levels := map[Level]string{Debug: "debug", Info: "info", Warn: "warn", Error: "error"}
	fmt.Println(levels, Info == 0)
	println("consts:", Typed, GLen, Rune, Tiny)
}
