// Package time is deferjit's implementation of Go's package time: Duration with its
// formatting and parsing, Time with the wall clock and the monotonic reading that Now
// takes, the proleptic Gregorian calendar, Format and Parse with Go's layouts, Month and
// Weekday. Only fixed zones exist: UTC, Local (which is UTC, named "Local", as Go's Local
// is on a machine whose /etc/localtime is UTC) and FixedZone. Timers and tickers (After,
// Tick, NewTimer, NewTicker, AfterFunc) are goroutines that sleep, then send; their
// channels behave as Go 1.23's: no stale value is received after Stop or Reset.
package time

import (
	"errors"
	"math/bits"
)

// walltime returns the wall clock: seconds and nanoseconds since the Unix epoch.
func walltime() (sec int64, nsec int64)

// nanotime returns the monotonic clock in nanoseconds, from an arbitrary origin.
func nanotime() int64

// Sleep pauses the current goroutine for at least the duration d (the others run
// meanwhile); a negative or zero d returns at once.
func Sleep(d Duration)

// The Timer type represents a single event: when it fires, the current time is sent on
// C, or AfterFunc's function runs in its own goroutine.
type Timer struct {
	C <-chan Time
	c chan Time
	f func()
	// gen counts the timer's starts and stops: a sleeper of an older generation is
	// stale and does nothing when it wakes.
	gen    int
	active bool
}

// NewTimer creates a Timer that sends the current time on its channel after at least
// duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c, c: c}
	t.start(d)
	return t
}

// After waits for the duration to elapse and then sends the current time on the
// returned channel: NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. The
// Timer can be stopped before f runs.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{f: f}
	t.start(d)
	return t
}

// start arms the timer to fire after d.
func (t *Timer) start(d Duration) {
	t.gen++
	gen := t.gen
	t.active = true
	go func() {
		Sleep(d)
		if t.gen != gen || !t.active {
			return
		}
		t.active = false
		if t.f != nil {
			go t.f()
			return
		}
		select {
		case t.c <- Now():
		default:
		}
	}()
}

// Stop prevents the Timer from firing; it reports whether the call stopped it (false if
// it had already fired or been stopped). No value sent before is received afterwards.
func (t *Timer) Stop() bool {
	if t.f == nil && t.c == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	was := t.active
	t.active = false
	t.gen++
	if t.c != nil {
		select {
		case <-t.c:
		default:
		}
	}
	return was
}

// Reset changes the timer to fire after duration d, and reports whether it was active.
func (t *Timer) Reset(d Duration) bool {
	if t.f == nil && t.c == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	was := t.Stop()
	t.start(d)
	return was
}

// A Ticker holds a channel that delivers the current time at intervals.
type Ticker struct {
	C <-chan Time
	c chan Time
	// gen counts the ticker's starts and stops, as Timer's.
	gen    int
	period Duration
}

// NewTicker returns a Ticker that sends the current time on its channel every d; it
// panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c, c: c}
	t.start(d)
	return t
}

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// start makes the ticker tick every d from now.
func (t *Ticker) start(d Duration) {
	t.gen++
	gen := t.gen
	t.period = d
	go func() {
		for {
			Sleep(d)
			if t.gen != gen {
				return
			}
			select {
			case t.c <- Now():
			default:
			}
		}
	}()
}

// Stop turns the ticker off: no more ticks are sent.
func (t *Ticker) Stop() {
	t.gen++
	if t.c != nil {
		select {
		case <-t.c:
		default:
		}
	}
}

// Reset stops the ticker and makes it tick every d from now; it panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.c == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	t.Stop()
	t.start(d)
}

// A Duration is the time elapsed between two instants as an int64 count of nanoseconds.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// The common durations. There is no unit of a day or longer.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// putUint writes the decimal digits of v ending just before buf[end] and returns the
// index of the first one.
func putUint(buf []byte, end int, v uint64) int {
	for {
		end--
		buf[end] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			return end
		}
	}
}

// putFrac writes the prec low decimal digits of v as a fraction ".ddd" ending just
// before buf[end], without its trailing zeros (nothing at all when they are all zero).
// It returns the index of the first byte written and v without those digits.
func putFrac(buf []byte, end int, v uint64, prec int) (int, uint64) {
	started := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		v /= 10
		if digit != 0 || started {
			started = true
			end--
			buf[end] = byte('0' + digit)
		}
	}
	if started {
		end--
		buf[end] = '.'
	}
	return end, v
}

// String formats d as "72h3m0.5s": hours, minutes and seconds with a fraction, leading
// zero units left out. Durations under a second use ms, µs or ns so that the first
// digit is not zero; zero is "0s".
func (d Duration) String() string {
	var buf [32]byte
	i := len(buf)
	u := uint64(d)
	if d < 0 {
		u = -u
	}
	switch {
	case u == 0:
		return "0s"
	case u < uint64(Microsecond):
		i -= 2
		buf[i] = 'n'
		buf[i+1] = 's'
		i = putUint(buf[:], i, u)
	case u < uint64(Millisecond):
		i -= 3
		copy(buf[i:], "µs")
		i, u = putFrac(buf[:], i, u, 3)
		i = putUint(buf[:], i, u)
	case u < uint64(Second):
		i -= 2
		buf[i] = 'm'
		buf[i+1] = 's'
		i, u = putFrac(buf[:], i, u, 6)
		i = putUint(buf[:], i, u)
	default:
		i--
		buf[i] = 's'
		i, u = putFrac(buf[:], i, u, 9)
		i = putUint(buf[:], i, u%60)
		u /= 60
		if u > 0 {
			i--
			buf[i] = 'm'
			i = putUint(buf[:], i, u%60)
			u /= 60
			if u > 0 {
				i--
				buf[i] = 'h'
				i = putUint(buf[:], i, u)
			}
		}
	}
	if d < 0 {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

// Nanoseconds returns d as an integer count of nanoseconds.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns d as an integer count of microseconds (truncated).
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns d as an integer count of milliseconds (truncated).
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns d as a floating-point number of seconds. The whole and fractional
// parts are converted apart, so that truncating the result agrees with integer division.
func (d Duration) Seconds() float64 {
	whole := d / Second
	rest := d % Second
	return float64(whole) + float64(rest)/1e9
}

// Minutes returns d as a floating-point number of minutes.
func (d Duration) Minutes() float64 {
	whole := d / Minute
	rest := d % Minute
	return float64(whole) + float64(rest)/(60*1e9)
}

// Hours returns d as a floating-point number of hours.
func (d Duration) Hours() float64 {
	whole := d / Hour
	rest := d % Hour
	return float64(whole) + float64(rest)/(60*60*1e9)
}

// Truncate rounds d toward zero to a multiple of m; d is unchanged when m <= 0.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// belowHalf reports whether r < m/2 exactly (r+r < m, computed without overflow), for
// r and m not negative.
func belowHalf(r, m Duration) bool {
	return uint64(r)*2 < uint64(m)
}

// Round rounds d to the nearest multiple of m, halfway values away from zero. A result
// that does not fit a Duration is the largest (or smallest) Duration. d is unchanged
// when m <= 0.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if belowHalf(r, m) {
			return d + r
		}
		if down := d - m + r; down < d {
			return down
		}
		return minDuration
	}
	if belowHalf(r, m) {
		return d - r
	}
	if up := d + m - r; up > d {
		return up
	}
	return maxDuration
}

// Abs returns the absolute value of d; the smallest Duration becomes the largest.
func (d Duration) Abs() Duration {
	if d >= 0 {
		return d
	}
	if d == minDuration {
		return maxDuration
	}
	return -d
}

// quote quotes s for error messages as package time does: within double quotes, with
// '"' and '\\' escaped and every byte of a non-ASCII or control character as \xNN.
func quote(s string) string {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i, r := range s {
		if r >= 0x80 || r < ' ' {
			n := len(string(r))
			if r == 0xFFFD {
				// An invalid byte, or an encoded U+FFFD.
				n = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					n = 3
				}
			}
			for j := i; j < i+n; j++ {
				b = append(b, '\\', 'x', hex[s[j]>>4], hex[s[j]&15])
			}
			continue
		}
		if r == '"' || r == '\\' {
			b = append(b, '\\')
		}
		b = append(b, byte(r))
	}
	b = append(b, '"')
	return string(b)
}

// unitNanos returns the nanoseconds of a duration unit name, or 0 for an unknown one.
func unitNanos(u string) uint64 {
	switch u {
	case "ns":
		return 1
	case "us", "µs", "μs":
		return uint64(Microsecond)
	case "ms":
		return uint64(Millisecond)
	case "s":
		return uint64(Second)
	case "m":
		return uint64(Minute)
	case "h":
		return uint64(Hour)
	}
	return 0
}

// digitsPrefix returns how many bytes of s from the start are decimal digits.
func digitsPrefix(s string) int {
	n := 0
	for n < len(s) && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	return n
}

// ParseDuration parses a duration such as "300ms", "-1.5h" or "2h45m": an optional sign
// and one or more decimal numbers, each with an optional fraction and a unit among
// "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	bad := func() (Duration, error) {
		return 0, errors.New("time: invalid duration " + quote(orig))
	}
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return bad()
	}
	var total uint64
	for s != "" {
		if s[0] != '.' && (s[0] < '0' || s[0] > '9') {
			return bad()
		}
		// The whole part: more than 1<<63 is invalid.
		n := digitsPrefix(s)
		var whole uint64
		for i := 0; i < n; i++ {
			if whole > (1<<63)/10 {
				return bad()
			}
			whole = whole*10 + uint64(s[i]-'0')
			if whole > 1<<63 {
				return bad()
			}
		}
		haveDigits := n > 0
		s = s[n:]
		// The fraction: digits past what fits are ignored.
		var frac uint64
		scale := 1.0
		if s != "" && s[0] == '.' {
			s = s[1:]
			m := digitsPrefix(s)
			full := false
			for i := 0; i < m && !full; i++ {
				if frac > (1<<63-1)/10 {
					full = true
					break
				}
				next := frac*10 + uint64(s[i]-'0')
				if next > 1<<63 {
					full = true
					break
				}
				frac = next
				scale *= 10
			}
			if m > 0 {
				haveDigits = true
			}
			s = s[m:]
		}
		if !haveDigits {
			return bad()
		}
		// The unit: up to the next digit or '.'.
		k := 0
		for k < len(s) && s[k] != '.' && (s[k] < '0' || s[k] > '9') {
			k++
		}
		if k == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		name := s[:k]
		s = s[k:]
		unit := unitNanos(name)
		if unit == 0 {
			return 0, errors.New("time: unknown unit " + quote(name) + " in duration " + quote(orig))
		}
		if whole > (1<<63)/unit {
			return bad()
		}
		whole *= unit
		if frac > 0 {
			whole += uint64(float64(frac) * (float64(unit) / scale))
			if whole > 1<<63 {
				return bad()
			}
		}
		total += whole
		if total > 1<<63 {
			return bad()
		}
	}
	if neg {
		return -Duration(total), nil
	}
	if total > 1<<63-1 {
		return bad()
	}
	return Duration(total), nil
}

// A Month is a month of the year (January = 1).
type Month int

// The months.
const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var monthNames = [12]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var dayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month; "%!Month(N)" for another number.
func (m Month) String() string {
	if January <= m && m <= December {
		return monthNames[m-1]
	}
	var buf [20]byte
	i := putUint(buf[:], len(buf), uint64(m))
	return "%!Month(" + string(buf[i:]) + ")"
}

// A Weekday is a day of the week (Sunday = 0).
type Weekday int

// The days of the week.
const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day; "%!Weekday(N)" for another number.
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return dayNames[d]
	}
	var buf [20]byte
	i := putUint(buf[:], len(buf), uint64(d))
	return "%!Weekday(" + string(buf[i:]) + ")"
}

// A Location is a time zone. Here every zone has one fixed offset.
type Location struct {
	name   string // what String returns
	zone   string // the zone's abbreviation ("" for an unnamed fixed zone)
	offset int    // seconds east of UTC
}

var utcLoc = Location{name: "UTC", zone: "UTC"}
var localLoc = Location{name: "Local", zone: "UTC"}

// UTC is Coordinated Universal Time.
var UTC *Location = &utcLoc

// Local is the system's local time zone: UTC here.
var Local *Location = &localLoc

// String returns the location's name ("UTC", "Local", or FixedZone's name).
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// unnamedZones holds the fixed zones without a name at whole hours from -12 to +14,
// which FixedZone returns again for the same offset.
var unnamedZones [27]*Location

// FixedZone returns a location whose zone is always name, offset seconds east of UTC.
func FixedZone(name string, offset int) *Location {
	hour := offset / 3600
	if name == "" && -12 <= hour && hour <= 14 && hour*3600 == offset {
		if unnamedZones[hour+12] == nil {
			unnamedZones[hour+12] = &Location{name: "", zone: "", offset: offset}
		}
		return unnamedZones[hour+12]
	}
	return &Location{name: name, zone: name, offset: offset}
}

// Calendar arithmetic works on "absolute" seconds, counted from January 1 of the year
// absZeroYear (a year that starts a 400-year cycle as year 1 does) in uint64, as Go
// does, so that every int64 second maps to a date. The internal seconds of a Time
// count from January 1 of year 1, UTC.
const (
	absZeroYear        = -292277022399
	internalToAbsolute = 9223371966579724800 // the days of 292277022400 years, in seconds
	unixToInternal     = 62135596800         // from year 1 to 1970, in seconds
	wallMin            = 59453308800         // 1885-01-01: the monotonic reading needs
	wallMax            = wallMin + 1<<33 - 1 // the wall clock in this window, as Go's
	secondsPerDay      = 86400
)

// A Time is an instant with nanosecond precision, in a location (for display), and
// possibly with a reading of the monotonic clock (when it comes from Now).
type Time struct {
	sec     int64 // seconds since January 1, year 1, 00:00:00 UTC
	nsec    int32 // [0, 999999999]
	hasMono bool  // mono holds a monotonic clock reading
	mono    int64 // nanoseconds since the package started (0 without a reading)
	loc     *Location
}

// startNano is the monotonic clock when the package started, less one so that no
// reading is zero.
var startNano int64 = nanotime() - 1

// Now returns the current local time, with a monotonic clock reading.
func Now() Time {
	s, ns := walltime()
	mono := nanotime() - startNano
	t := Time{sec: s + unixToInternal, nsec: int32(ns), loc: Local}
	if wallMin <= t.sec && t.sec <= wallMax {
		t.hasMono = true
		t.mono = mono
	}
	return t
}

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns the local Time of sec seconds and nsec nanoseconds since January 1, 1970
// UTC; nsec may be outside [0, 999999999].
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		sec += nsec / 1e9
		nsec %= 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec + unixToInternal, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time of msec milliseconds since January 1, 1970 UTC.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time of usec microseconds since January 1, 1970 UTC.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// stripMono drops t's monotonic clock reading.
func (t *Time) stripMono() {
	t.hasMono = false
	t.mono = 0
}

// setLoc sets t's location (nil for UTC) and drops its monotonic clock reading.
func (t *Time) setLoc(loc *Location) {
	if loc == &utcLoc {
		loc = nil
	}
	t.stripMono()
	t.loc = loc
}

// addSec adds d seconds, saturating at the int64 range; a monotonic reading is dropped
// when the wall clock leaves the range where Go keeps one.
func (t *Time) addSec(d int64) {
	if t.hasMono {
		if s := t.sec + d; wallMin <= s && s <= wallMax {
			t.sec = s
			return
		}
		t.stripMono()
	}
	s := t.sec + d
	switch {
	case (s > t.sec) == (d > 0):
		t.sec = s
	case d > 0:
		t.sec = 1<<63 - 1
	default:
		t.sec = -(1<<63 - 1)
	}
}

// IsZero reports whether t is the zero time, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether t is after u (by the monotonic readings when both have one).
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether t is before u (by the monotonic readings when both have one).
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Equal reports whether t and u are the same instant, whatever their locations.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Add returns t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	ns := t.nsec + int32(d%1e9)
	if ns >= 1e9 {
		dsec++
		ns -= 1e9
	} else if ns < 0 {
		dsec--
		ns += 1e9
	}
	t.nsec = ns
	t.addSec(dsec)
	if t.hasMono {
		m := t.mono + int64(d)
		if d < 0 && m > t.mono || d > 0 && m < t.mono {
			t.stripMono()
		} else {
			t.mono = m
		}
	}
	return t
}

// Sub returns t-u, saturated to the Duration range. When both have monotonic clock
// readings, they give the result.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	if u.Add(d).Equal(t) {
		return d
	}
	if t.Before(u) {
		return minDuration
	}
	return maxDuration
}

// abs returns t's absolute seconds in its location, and the location's zone and offset.
func (t Time) abs() (abs uint64, zone string, offset int) {
	zone = "UTC"
	if l := t.loc; l != nil {
		zone, offset = l.zone, l.offset
	}
	return uint64(t.sec + int64(offset) + internalToAbsolute), zone, offset
}

// isLeap reports whether year is a leap year of the proleptic Gregorian calendar.
func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] is the number of days of a common year before month m+1 begins.
var daysBefore = [13]int{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365}

// daysIn returns the number of days of month m of year.
func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// civil returns the date of an absolute time, and the day of the year counted from 0.
// Days are counted from March 1 of a year that starts a 400-year cycle, so that the
// leap day ends each year.
func civil(abs uint64) (year int, month Month, day int, yday int) {
	// January 1 of absZeroYear is 306 days after March 1 of the year before it.
	d := abs/secondsPerDay + 306
	cycle := d / 146097
	doc := d % 146097                                      // day of the cycle
	yoc := (doc - doc/1460 + doc/36524 - doc/146096) / 365 // year of the cycle
	doy := doc - (365*yoc + yoc/4 - yoc/100)               // from March 1
	mp := (5*doy + 2) / 153                                // month from March
	day = int(doy - (153*mp+2)/5 + 1)
	y := int64(cycle*400+yoc) + (absZeroYear - 1)
	if mp < 10 {
		month = Month(mp + 3)
	} else {
		month = Month(mp - 9)
		y++
	}
	year = int(y)
	yday = daysBefore[month-1] + day - 1
	if month > February && isLeap(year) {
		yday++
	}
	return
}

// daysFrom returns the days from January 1 of absZeroYear to January 1 of year.
func daysFrom(year int) uint64 {
	// Year absZeroYear+k is a leap year when k%4 == 3, less when k%100 == 99, plus
	// when k%400 == 399.
	y := uint64(int64(year) - absZeroYear)
	return 365*y + y/4 - y/100 + y/400
}

// Date returns the year, month and day of t.
func (t Time) Date() (year int, month Month, day int) {
	a, _, _ := t.abs()
	year, month, day, _ = civil(a)
	return
}

// Year returns the year of t.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month of t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// YearDay returns the day of the year of t, from 1 to 365 (366 in leap years).
func (t Time) YearDay() int {
	a, _, _ := t.abs()
	_, _, _, yd := civil(a)
	return yd + 1
}

// absWeekday returns the day of the week of an absolute time: January 1 of absZeroYear
// is a Monday.
func absWeekday(abs uint64) Weekday {
	return Weekday((abs/secondsPerDay + 1) % 7)
}

// Weekday returns the day of the week of t.
func (t Time) Weekday() Weekday {
	a, _, _ := t.abs()
	return absWeekday(a)
}

// ISOWeek returns the ISO 8601 year and week number of t: weeks start on Monday and
// week 1 is the one with the year's first Thursday.
func (t Time) ISOWeek() (year, week int) {
	a, _, _ := t.abs()
	wd := int(absWeekday(a)+6) % 7 // Monday 0 ... Sunday 6
	a += uint64(3-wd) * secondsPerDay
	year, _, _, yd := civil(a)
	return year, yd/7 + 1
}

// absClock returns the hour, minute and second of an absolute time.
func absClock(abs uint64) (hour, min, sec int) {
	s := int(abs % secondsPerDay)
	return s / 3600, s / 60 % 60, s % 60
}

// Clock returns the hour, minute and second of t within its day.
func (t Time) Clock() (hour, min, sec int) {
	a, _, _ := t.abs()
	return absClock(a)
}

// Hour returns the hour of t, in [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute of t, in [0, 59].
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second of t, in [0, 59].
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond of t within its second, in [0, 999999999].
func (t Time) Nanosecond() int { return int(t.nsec) }

// Unix returns t as seconds since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as milliseconds since January 1, 1970 UTC.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as microseconds since January 1, 1970 UTC.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// UnixNano returns t as nanoseconds since January 1, 1970 UTC (meaningless outside the
// years 1678 to 2262).
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// UTC returns t in UTC.
func (t Time) UTC() Time {
	t.setLoc(&utcLoc)
	return t
}

// Local returns t in the local time zone.
func (t Time) Local() Time {
	t.setLoc(Local)
	return t
}

// In returns t in the location loc; it panics if loc is nil.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.setLoc(loc)
	return t
}

// Location returns t's location (UTC for the zero Time).
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone returns the abbreviation and the offset (seconds east of UTC) of t's zone.
func (t Time) Zone() (name string, offset int) {
	_, name, offset = t.abs()
	return
}

// IsDST reports whether t is in daylight saving time: never, in a fixed zone.
func (t Time) IsDST() bool { return false }

// normalize returns hi, lo such that hi*base+lo is unchanged and 0 <= lo < base.
func normalize(hi, lo, base int) (int, int) {
	q, r := lo/base, lo%base
	if r < 0 {
		r += base
		q--
	}
	return hi + q, r
}

// Date returns the Time of yyyy-mm-dd hh:mm:ss + nsec nanoseconds in loc. Values out of
// their ranges are carried into the next unit (October 32 is November 1). It panics if
// loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	m := int(month) - 1
	year, m = normalize(year, m, 12)
	month = Month(m + 1)
	sec, nsec = normalize(sec, nsec, 1e9)
	min, sec = normalize(min, sec, 60)
	hour, min = normalize(hour, min, 60)
	day, hour = normalize(day, hour, 24)

	days := daysFrom(year) + uint64(daysBefore[month-1])
	if month > February && isLeap(year) {
		days++
	}
	days += uint64(day - 1)
	abs := days*secondsPerDay + uint64(hour*3600+min*60+sec)
	t := Time{sec: int64(abs) - internalToAbsolute - int64(loc.offset), nsec: int32(nsec)}
	t.setLoc(loc)
	return t
}

// AddDate returns t with years, months and days added, normalized as Date does (October
// 31 plus one month is December 1).
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// remainder returns t modulo d (d > 0) as time since the zero Time, in [0, d).
func remainder(t Time, d Duration) Duration {
	s, ns := t.sec, int64(t.nsec)
	neg := s < 0
	if neg {
		// Work on -t.
		s, ns = -s, -ns
		if ns < 0 {
			ns += 1e9
			s--
		}
	}
	hi, lo := bits.Mul64(uint64(s), 1e9)
	var carry uint64
	lo, carry = bits.Add64(lo, uint64(ns), 0)
	hi += carry
	r := Duration(bits.Rem64(hi, lo, uint64(d)))
	if neg && r != 0 {
		r = d - r
	}
	return r
}

// Truncate rounds t down to a multiple of d since the zero Time and drops its monotonic
// clock reading; when d <= 0 it only drops the reading.
func (t Time) Truncate(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	return t.Add(-remainder(t, d))
}

// Round rounds t to the nearest multiple of d since the zero Time (halfway values up)
// and drops its monotonic clock reading; when d <= 0 it only drops the reading.
func (t Time) Round(d Duration) Time {
	t.stripMono()
	if d <= 0 {
		return t
	}
	r := remainder(t, d)
	if belowHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// The layouts of Format and Parse, written for the reference time
// Mon Jan 2 15:04:05 MST 2006 (Unix time 1136239445).
const (
	Layout      = "01/02 03:04:05PM '06 -0700" // the reference time, in numerical order
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700" // RFC822 with a numeric zone
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700" // RFC1123 with a numeric zone
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// The elements of a layout. A fraction element also carries its number of digits
// (elem>>8) and whether its separator is a comma (elem&elemComma).
const (
	elemNone         = iota
	elemLongMonth    // January
	elemMonth        // Jan
	elemNumMonth     // 1
	elemZeroMonth    // 01
	elemLongWeekDay  // Monday
	elemWeekDay      // Mon
	elemDay          // 2
	elemUnderDay     // _2
	elemZeroDay      // 02
	elemUnderYearDay // __2
	elemZeroYearDay  // 002
	elemHour         // 15
	elemHour12       // 3
	elemZeroHour12   // 03
	elemMinute       // 4
	elemZeroMinute   // 04
	elemSecond       // 5
	elemZeroSecond   // 05
	elemLongYear     // 2006
	elemYear         // 06
	elemPM           // PM
	elempm           // pm
	elemTZ           // MST
	elemISOTZ        // Z0700 (Z for UTC)
	elemISOSecondsTZ // Z070000
	elemISOShortTZ   // Z07
	elemISOColonTZ   // Z07:00
	elemISOColonSecs // Z07:00:00
	elemNumTZ        // -0700
	elemNumSecondsTZ // -070000
	elemNumShortTZ   // -07
	elemNumColonTZ   // -07:00
	elemNumColonSecs // -07:00:00
	elemFrac0        // .000: trailing zeros kept
	elemFrac9        // .999: trailing zeros dropped

	elemKind  = 0xff
	elemComma = 1 << 28
)

// zoneElems are the spellings of the numeric zone elements, longest first where one is a
// prefix of another.
var zoneElems = [10]string{"-070000", "-07:00:00", "-0700", "-07:00", "-07",
	"Z070000", "Z07:00:00", "Z0700", "Z07:00", "Z07"}
var zoneCodes = [10]int{elemNumSecondsTZ, elemNumColonSecs, elemNumTZ, elemNumColonTZ, elemNumShortTZ,
	elemISOSecondsTZ, elemISOColonSecs, elemISOTZ, elemISOColonTZ, elemISOShortTZ}

// hasPrefix, isLower and isDigitAt are small tests on layouts and values.
func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func isLower(s string) bool { return s != "" && 'a' <= s[0] && s[0] <= 'z' }

func isDigitAt(s string, i int) bool { return i < len(s) && '0' <= s[i] && s[i] <= '9' }

// nextElem splits layout at its first element: the text before it, the element
// (elemNone when there is none), and the rest.
func nextElem(layout string) (prefix string, elem int, rest string) {
	for i := 0; i < len(layout); i++ {
		s := layout[i:]
		n, e := 0, elemNone
		switch s[0] {
		case 'J':
			if hasPrefix(s, "January") {
				n, e = 7, elemLongMonth
			} else if hasPrefix(s, "Jan") && !isLower(s[3:]) {
				n, e = 3, elemMonth
			}
		case 'M':
			if hasPrefix(s, "Monday") {
				n, e = 6, elemLongWeekDay
			} else if hasPrefix(s, "Mon") && !isLower(s[3:]) {
				n, e = 3, elemWeekDay
			} else if hasPrefix(s, "MST") {
				n, e = 3, elemTZ
			}
		case '0':
			if len(s) >= 2 && '1' <= s[1] && s[1] <= '6' {
				n = 2
				e = [6]int{elemZeroMonth, elemZeroDay, elemZeroHour12, elemZeroMinute, elemZeroSecond, elemYear}[s[1]-'1']
			} else if hasPrefix(s, "002") {
				n, e = 3, elemZeroYearDay
			}
		case '1':
			if hasPrefix(s, "15") {
				n, e = 2, elemHour
			} else {
				n, e = 1, elemNumMonth
			}
		case '2':
			if hasPrefix(s, "2006") {
				n, e = 4, elemLongYear
			} else {
				n, e = 1, elemDay
			}
		case '_':
			if hasPrefix(s, "_2006") {
				// A literal '_' followed by the year.
				return layout[:i+1], elemLongYear, s[5:]
			} else if hasPrefix(s, "_2") {
				n, e = 2, elemUnderDay
			} else if hasPrefix(s, "__2") {
				n, e = 3, elemUnderYearDay
			}
		case '3':
			n, e = 1, elemHour12
		case '4':
			n, e = 1, elemMinute
		case '5':
			n, e = 1, elemSecond
		case 'P':
			if hasPrefix(s, "PM") {
				n, e = 2, elemPM
			}
		case 'p':
			if hasPrefix(s, "pm") {
				n, e = 2, elempm
			}
		case '-', 'Z':
			for k, z := range zoneElems {
				if hasPrefix(s, z) {
					n, e = len(z), zoneCodes[k]
					break
				}
			}
		case '.', ',':
			if len(s) >= 2 && (s[1] == '0' || s[1] == '9') {
				j := 1
				for j < len(s) && s[j] == s[1] {
					j++
				}
				if !isDigitAt(s, j) {
					n, e = j, elemFrac0
					if s[1] == '9' {
						e = elemFrac9
					}
					e |= ((j - 1) & 0xfff) << 8
					if s[0] == ',' {
						e |= elemComma
					}
				}
			}
		}
		if e != elemNone {
			return layout[:i], e, s[n:]
		}
	}
	return layout, elemNone, ""
}

// appendInt appends x in decimal, its digits zero-padded to width, after a '-' when
// negative.
func appendInt(b []byte, x int, width int) []byte {
	u := uint64(x)
	if x < 0 {
		b = append(b, '-')
		u = -u
	}
	var buf [20]byte
	i := putUint(buf[:], len(buf), u)
	for n := len(buf) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, buf[i:]...)
}

// appendFrac appends the fraction element elem of nanoseconds ns.
func appendFrac(b []byte, ns int, elem int) []byte {
	digits := (elem >> 8) & 0xfff
	trim := elem&elemKind == elemFrac9
	if trim && (digits == 0 || ns == 0) {
		return b
	}
	sep := byte('.')
	if elem&elemComma != 0 {
		sep = ','
	}
	start := len(b)
	b = append(b, sep)
	b = appendInt(b, ns, 9)
	if digits < 9 {
		b = b[:len(b)-9+digits]
	}
	if trim {
		for len(b) > start && b[len(b)-1] == '0' {
			b = b[:len(b)-1]
		}
		if len(b) > start && b[len(b)-1] == sep {
			b = b[:len(b)-1]
		}
	}
	return b
}

// appendOffset appends a zone offset (seconds east of UTC) as the numeric zone element
// elem: ±hh, ±hhmm, ±hh:mm, with seconds for the long forms.
func appendOffset(b []byte, offset int, elem int) []byte {
	if offset < 0 {
		b = append(b, '-')
		offset = -offset
	} else {
		b = append(b, '+')
	}
	mins := offset / 60
	b = appendInt(b, mins/60, 2)
	colon := elem == elemISOColonTZ || elem == elemNumColonTZ || elem == elemISOColonSecs || elem == elemNumColonSecs
	if colon {
		b = append(b, ':')
	}
	if elem != elemNumShortTZ && elem != elemISOShortTZ {
		b = appendInt(b, mins%60, 2)
	}
	if elem == elemISOSecondsTZ || elem == elemNumSecondsTZ || elem == elemISOColonSecs || elem == elemNumColonSecs {
		if colon {
			b = append(b, ':')
		}
		b = appendInt(b, offset%60, 2)
	}
	return b
}

// Format returns t written in the layout (see Layout and the other layout constants).
func (t Time) Format(layout string) string {
	return string(t.AppendFormat(make([]byte, 0, len(layout)+10), layout))
}

// AppendFormat is Format appending to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	abs, zone, offset := t.abs()
	year := -1
	var month Month
	var day, yday int
	hour := -1
	var min, sec int
	for layout != "" {
		prefix, elem, rest := nextElem(layout)
		b = append(b, prefix...)
		if elem == elemNone {
			break
		}
		layout = rest
		kind := elem & elemKind
		switch kind {
		case elemLongMonth, elemMonth, elemNumMonth, elemZeroMonth, elemDay, elemUnderDay, elemZeroDay,
			elemUnderYearDay, elemZeroYearDay, elemLongYear, elemYear:
			if year < 0 {
				year, month, day, yday = civil(abs)
				yday++
			}
		case elemHour, elemHour12, elemZeroHour12, elemMinute, elemZeroMinute, elemSecond, elemZeroSecond,
			elemPM, elempm:
			if hour < 0 {
				hour, min, sec = absClock(abs)
			}
		}
		switch kind {
		case elemYear:
			y := year
			if y < 0 {
				y = -y
			}
			b = appendInt(b, y%100, 2)
		case elemLongYear:
			b = appendInt(b, year, 4)
		case elemMonth:
			b = append(b, month.String()[:3]...)
		case elemLongMonth:
			b = append(b, month.String()...)
		case elemNumMonth:
			b = appendInt(b, int(month), 0)
		case elemZeroMonth:
			b = appendInt(b, int(month), 2)
		case elemWeekDay:
			b = append(b, absWeekday(abs).String()[:3]...)
		case elemLongWeekDay:
			b = append(b, absWeekday(abs).String()...)
		case elemDay:
			b = appendInt(b, day, 0)
		case elemUnderDay:
			if day < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, day, 0)
		case elemZeroDay:
			b = appendInt(b, day, 2)
		case elemUnderYearDay:
			if yday < 100 {
				b = append(b, ' ')
			}
			if yday < 10 {
				b = append(b, ' ')
			}
			b = appendInt(b, yday, 0)
		case elemZeroYearDay:
			b = appendInt(b, yday, 3)
		case elemHour:
			b = appendInt(b, hour, 2)
		case elemHour12, elemZeroHour12:
			h := hour % 12
			if h == 0 {
				h = 12
			}
			w := 0
			if kind == elemZeroHour12 {
				w = 2
			}
			b = appendInt(b, h, w)
		case elemMinute:
			b = appendInt(b, min, 0)
		case elemZeroMinute:
			b = appendInt(b, min, 2)
		case elemSecond:
			b = appendInt(b, sec, 0)
		case elemZeroSecond:
			b = appendInt(b, sec, 2)
		case elemPM:
			if hour >= 12 {
				b = append(b, "PM"...)
			} else {
				b = append(b, "AM"...)
			}
		case elempm:
			if hour >= 12 {
				b = append(b, "pm"...)
			} else {
				b = append(b, "am"...)
			}
		case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecs:
			if offset == 0 {
				b = append(b, 'Z')
			} else {
				b = appendOffset(b, offset, kind)
			}
		case elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecs:
			b = appendOffset(b, offset, kind)
		case elemTZ:
			if zone != "" {
				b = append(b, zone...)
			} else {
				// An unnamed zone: -0700 without the seconds.
				b = appendOffset(b, offset/60*60, elemNumTZ)
			}
		case elemFrac0, elemFrac9:
			b = appendFrac(b, int(t.nsec), elem)
		}
	}
	return b
}

// String returns t formatted as "2006-01-02 15:04:05.999999999 -0700 MST", followed by
// " m=±s.nnnnnnnnn" (the monotonic clock reading, in seconds) when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if !t.hasMono {
		return s
	}
	b := []byte(" m=+")
	u := uint64(t.mono)
	if t.mono < 0 {
		b[3] = '-'
		u = -u
	}
	b = appendInt(b, int(u/1e9), 0)
	b = append(b, '.')
	b = appendInt(b, int(u%1e9), 9)
	return s + string(b)
}

// GoString returns t as a Go expression: time.Date(...).
func (t Time) GoString() string {
	abs, _, _ := t.abs()
	year, month, day, _ := civil(abs)
	hour, min, sec := absClock(abs)
	b := append([]byte("time.Date("), ""...)
	b = appendInt(b, year, 0)
	b = append(b, ", time."...)
	b = append(b, month.String()...)
	for _, v := range [5]int{day, hour, min, sec, int(t.nsec)} {
		b = append(b, ", "...)
		b = appendInt(b, v, 0)
	}
	switch t.loc {
	case nil, &utcLoc:
		b = append(b, ", time.UTC)"...)
	case &localLoc:
		b = append(b, ", time.Local)"...)
	default:
		b = append(b, ", time.Location("...)
		b = append(b, quote(t.loc.name)...)
		b = append(b, "))"...)
	}
	return string(b)
}

// A ParseError describes a failure of Parse: the layout and value, the element of each
// where parsing stopped, and a message (when empty, Error describes the elements).
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the description of the failure.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

// errSyntax is what the element parsers report; Parse turns it into a ParseError.
var errSyntax = errors.New("bad value for field")

// atoi parses an optionally signed decimal number that is all of s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	n := digitsPrefix(s)
	if n != len(s) {
		return 0, errSyntax
	}
	var x uint64
	for i := 0; i < n; i++ {
		if x > (1<<63)/10 {
			return 0, errSyntax
		}
		x = x*10 + uint64(s[i]-'0')
		if x > 1<<63 {
			return 0, errSyntax
		}
	}
	if neg {
		return -int(x), nil
	}
	return int(x), nil
}

// foldEqual reports whether a and b (of the same length) are equal up to the case of
// ASCII letters.
func foldEqual(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if x == y {
			continue
		}
		x |= 0x20
		y |= 0x20
		if x != y || x < 'a' || x > 'z' {
			return false
		}
	}
	return true
}

// lookupName finds which of names starts value (ignoring case): its index and the rest.
func lookupName(names []string, value string) (int, string, error) {
	for i, n := range names {
		if len(value) >= len(n) && foldEqual(value[:len(n)], n) {
			return i, value[len(n):], nil
		}
	}
	return -1, value, errSyntax
}

// getnum parses one or two leading digits of s (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigitAt(s, 0) {
		return 0, s, errSyntax
	}
	if !isDigitAt(s, 1) {
		if fixed {
			return 0, s, errSyntax
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three leading digits of s (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for i < 3 && isDigitAt(s, i) {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errSyntax
	}
	return n, s[i:], nil
}

// skipText removes the literal text prefix from the start of value; a run of spaces in
// prefix matches any run of spaces (at least one, unless value has run out).
func skipText(value, prefix string) (string, error) {
	for prefix != "" {
		if prefix[0] == ' ' {
			if value != "" && value[0] != ' ' {
				return value, errSyntax
			}
			for prefix != "" && prefix[0] == ' ' {
				prefix = prefix[1:]
			}
			for value != "" && value[0] == ' ' {
				value = value[1:]
			}
			continue
		}
		if value == "" || value[0] != prefix[0] {
			return value, errSyntax
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// parseFrac parses the fraction value[:n] (a '.' or ',' and digits; at most nine digits
// count) as nanoseconds; rangeErr is set for a negative value.
func parseFrac(value string, n int) (ns int, rangeErr string, err error) {
	if value[0] != '.' && value[0] != ',' {
		return 0, "", errSyntax
	}
	if n > 10 {
		n = 10
	}
	ns, err = atoi(value[1:n])
	if err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return ns, "fractional second", nil
	}
	for i := n; i < 10; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// signedHours returns the length of a "+h" or "-hh" offset (hours at most 23) at the
// start of value, or 0.
func signedHours(value string) int {
	if value == "" || value[0] != '+' && value[0] != '-' {
		return 0
	}
	n := digitsPrefix(value[1:])
	h := 0
	for i := 1; i <= n && h <= 23; i++ {
		h = h*10 + int(value[i]-'0')
	}
	if n == 0 || h > 23 {
		return 0
	}
	return 1 + n
}

// zoneNameLen returns the length of a time zone abbreviation at the start of value:
// three to five upper-case letters (four ending in T or WITA, five ending in T), ChST,
// MeST, or GMT with an optional signed hour offset.
func zoneNameLen(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if hasPrefix(value, "ChST") || hasPrefix(value, "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + signedHours(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := signedHours(value)
		return n, n > 0
	}
	upper := 0
	for upper < 6 && upper < len(value) && 'A' <= value[upper] && value[upper] <= 'Z' {
		upper++
	}
	switch upper {
	case 3:
		return 3, true
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	}
	return 0, false
}

var shortMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var shortDays = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// Parse parses value written in layout (see Layout) and returns the time it denotes.
// Elements missing from the layout are zero (or one for month and day); without a zone
// the time is in UTC; a zone offset that is the local zone's gives a local time, another
// one a fixed zone.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC, Local)
}

// ParseInLocation is Parse, with times that have no zone taken in loc, and zone
// offsets and names interpreted in loc rather than in the local zone.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc, loc)
}

// parse is Parse and ParseInLocation: defLoc is the location of a time without a zone,
// local the one whose zone a parsed offset or name may denote.
func parse(layout, value string, defLoc, local *Location) (Time, error) {
	origLayout, origValue := layout, value
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var zoneLoc *Location
	zoneOffset := -1
	zoneName := ""
	am, pm := false, false
	for {
		prefix, elem, rest := nextElem(layout)
		elemText := layout[len(prefix) : len(layout)-len(rest)]
		var err error
		value, err = skipText(value, prefix)
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, prefix, value, ""}
		}
		if elem == elemNone {
			if value != "" {
				return Time{}, &ParseError{origLayout, origValue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = rest
		before := value
		rangeErr := ""
		kind := elem & elemKind
		switch kind {
		case elemYear:
			if len(value) < 2 {
				err = errSyntax
				break
			}
			year, err = atoi(value[:2])
			value = value[2:]
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case elemLongYear:
			if len(value) < 4 || !isDigitAt(value, 0) {
				err = errSyntax
				break
			}
			year, err = atoi(value[:4])
			value = value[4:]
		case elemMonth, elemLongMonth:
			names := shortMonths
			if kind == elemLongMonth {
				names = monthNames[:]
			}
			month, value, err = lookupName(names, value)
			month++
		case elemNumMonth, elemZeroMonth:
			month, value, err = getnum(value, kind == elemZeroMonth)
			if err == nil && (month <= 0 || month > 12) {
				rangeErr = "month"
			}
		case elemWeekDay:
			_, value, err = lookupName(shortDays, value)
		case elemLongWeekDay:
			_, value, err = lookupName(dayNames[:], value)
		case elemDay, elemUnderDay, elemZeroDay:
			if kind == elemUnderDay && value != "" && value[0] == ' ' {
				value = value[1:]
			}
			day, value, err = getnum(value, kind == elemZeroDay)
		case elemUnderYearDay, elemZeroYearDay:
			if kind == elemUnderYearDay {
				for i := 0; i < 2 && value != "" && value[0] == ' '; i++ {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, kind == elemZeroYearDay)
		case elemHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || hour >= 24 {
				rangeErr = "hour"
			}
		case elemHour12, elemZeroHour12:
			hour, value, err = getnum(value, kind == elemZeroHour12)
			if hour < 0 || hour > 12 {
				rangeErr = "hour"
			}
		case elemMinute, elemZeroMinute:
			min, value, err = getnum(value, kind == elemZeroMinute)
			if min < 0 || min >= 60 {
				rangeErr = "minute"
			}
		case elemSecond, elemZeroSecond:
			sec, value, err = getnum(value, kind == elemZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || sec >= 60 {
				rangeErr = "second"
				break
			}
			// A fraction may follow the seconds even when the layout has none.
			if len(value) >= 2 && (value[0] == '.' || value[0] == ',') && isDigitAt(value, 1) {
				_, next, _ := nextElem(layout)
				if next&elemKind == elemFrac0 || next&elemKind == elemFrac9 {
					break
				}
				n := 2
				for isDigitAt(value, n) {
					n++
				}
				nsec, rangeErr, err = parseFrac(value, n)
				value = value[n:]
			}
		case elemPM, elempm:
			if len(value) < 2 {
				err = errSyntax
				break
			}
			p := value[:2]
			value = value[2:]
			hi, lo := "PM", "AM"
			if kind == elempm {
				hi, lo = "pm", "am"
			}
			switch p {
			case hi:
				pm = true
			case lo:
				am = true
			default:
				err = errSyntax
			}
		case elemISOTZ, elemISOSecondsTZ, elemISOShortTZ, elemISOColonTZ, elemISOColonSecs,
			elemNumTZ, elemNumSecondsTZ, elemNumShortTZ, elemNumColonTZ, elemNumColonSecs:
			iso := kind == elemISOTZ || kind == elemISOSecondsTZ || kind == elemISOShortTZ ||
				kind == elemISOColonTZ || kind == elemISOColonSecs
			if iso && value != "" && value[0] == 'Z' {
				value = value[1:]
				zoneLoc = UTC
				break
			}
			// The shape: total length, and where the minutes and seconds start (-1: none).
			n, mAt, sAt := 5, 3, -1
			switch kind {
			case elemISOColonTZ, elemNumColonTZ:
				n, mAt = 6, 4
			case elemISOShortTZ, elemNumShortTZ:
				n, mAt = 3, -1
			case elemISOColonSecs, elemNumColonSecs:
				n, mAt, sAt = 9, 4, 7
			case elemISOSecondsTZ, elemNumSecondsTZ:
				n, sAt = 7, 5
			}
			if len(value) < n {
				err = errSyntax
				break
			}
			if (n == 6 || n == 9) && value[3] != ':' || n == 9 && value[6] != ':' {
				err = errSyntax
				break
			}
			sign := value[0]
			hh, mm, ss := value[1:3], "00", "00"
			if mAt >= 0 {
				mm = value[mAt : mAt+2]
			}
			if sAt >= 0 {
				ss = value[sAt : sAt+2]
			}
			value = value[n:]
			var h, m, s int
			h, _, err = getnum(hh, true)
			if err == nil {
				m, _, err = getnum(mm, true)
			}
			if err == nil {
				s, _, err = getnum(ss, true)
			}
			if h > 24 {
				rangeErr = "time zone offset hour"
			}
			if m > 60 {
				rangeErr = "time zone offset minute"
			}
			if s > 60 {
				rangeErr = "time zone offset second"
			}
			zoneOffset = (h*60+m)*60 + s
			switch sign {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errSyntax
			}
		case elemTZ:
			if hasPrefix(value, "UTC") {
				zoneLoc = UTC
				value = value[3:]
				break
			}
			n, ok := zoneNameLen(value)
			if !ok {
				err = errSyntax
				break
			}
			zoneName, value = value[:n], value[n:]
		case elemFrac0:
			n := 1 + (elem>>8)&0xfff
			if len(value) < n {
				err = errSyntax
				break
			}
			nsec, rangeErr, err = parseFrac(value, n)
			value = value[n:]
		case elemFrac9:
			if len(value) < 2 || value[0] != '.' && value[0] != ',' || !isDigitAt(value, 1) {
				break
			}
			n := 2
			for isDigitAt(value, n) {
				n++
			}
			nsec, rangeErr, err = parseFrac(value, n)
			value = value[n:]
		}
		if rangeErr != "" {
			return Time{}, &ParseError{origLayout, origValue, elemText, value, ": " + rangeErr + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{origLayout, origValue, elemText, before, ""}
		}
	}
	if pm && hour < 12 {
		hour += 12
	} else if am && hour == 12 {
		hour = 0
	}

	if yday >= 0 {
		m, d := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m, d = 2, 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = 1
			for daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		if month >= 0 && month != m {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{origLayout, origValue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = 1
		}
		if day < 0 {
			day = 1
		}
	}
	if day < 1 || day > daysIn(Month(month), year) {
		return Time{}, &ParseError{origLayout, origValue, "", value, ": day out of range"}
	}

	if zoneLoc != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, zoneLoc), nil
	}
	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.addSec(-int64(zoneOffset))
		name, offset := "UTC", 0
		if local != &utcLoc {
			name, offset = local.zone, local.offset
		}
		if offset == zoneOffset && (zoneName == "" || name == zoneName) {
			t.setLoc(local)
			return t, nil
		}
		t.setLoc(FixedZone(zoneName, zoneOffset))
		return t, nil
	}
	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		if local != &utcLoc && local.zone == zoneName {
			t.addSec(-int64(local.offset))
			t.setLoc(local)
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.setLoc(FixedZone(zoneName, offset))
		return t, nil
	}
	return Date(year, Month(month), day, hour, min, sec, nsec, defLoc), nil
}

// ZoneBounds returns when t's zone begins and ends: a fixed zone always applies, so
// both are the zero Time.
func (t Time) ZoneBounds() (start, end Time) { return }

// appendRFC3339 appends t in RFC 3339 with nanoseconds, and an error when the result is
// not valid RFC 3339 (a year outside [0,9999], a zone hour outside [0,23]).
func (t Time) appendRFC3339(b []byte) ([]byte, error) {
	start := len(b)
	b = t.AppendFormat(b, RFC3339Nano)
	if b[start+4] != '-' {
		return b, errors.New("year outside of range [0,9999]")
	}
	if b[len(b)-1] != 'Z' {
		c := b[len(b)-6]
		h := int(b[len(b)-5]-'0')*10 + int(b[len(b)-4]-'0')
		if '0' <= c && c <= '9' || h >= 24 {
			return b, errors.New("timezone hour outside of range [0,23]")
		}
	}
	return b, nil
}

// MarshalText returns t in RFC 3339 with nanoseconds.
func (t Time) MarshalText() ([]byte, error) {
	b, err := t.appendRFC3339(make([]byte, 0, len(RFC3339Nano)))
	if err != nil {
		return nil, errors.New("Time.MarshalText: " + err.Error())
	}
	return b, nil
}

// MarshalJSON returns t as a JSON string in RFC 3339 with nanoseconds.
func (t Time) MarshalJSON() ([]byte, error) {
	b, err := t.appendRFC3339(append(make([]byte, 0, len(RFC3339Nano)+2), '"'))
	b = append(b, '"')
	if err != nil {
		return nil, errors.New("Time.MarshalJSON: " + err.Error())
	}
	return b, nil
}

// UnmarshalText sets *t from RFC 3339 text.
func (t *Time) UnmarshalText(data []byte) error {
	var err error
	*t, err = Parse(RFC3339, string(data))
	return err
}

// UnmarshalJSON sets *t from a JSON string in RFC 3339; null leaves *t unchanged.
func (t *Time) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if len(data) < 2 || data[0] != '"' || data[len(data)-1] != '"' {
		return errors.New("Time.UnmarshalJSON: input is not a JSON string")
	}
	var err error
	*t, err = Parse(RFC3339, string(data[1:len(data)-1]))
	return err
}
