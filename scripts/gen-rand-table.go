// Command gen-rand-table writes the data tables of deferjit's package math/rand
// (lib/math/rand/rand.go), so that its generators give Go 1.23's values bit for bit:
//
//   - the 607 words that a seeded source mixes into its state, measured from Go's own
//     math/rand: a source seeded with a known seed is stepped 607 times through its
//     Uint64 method, the state it started from is solved from those outputs (each step
//     adds two words of the state, and every word is replaced exactly once in 607 steps),
//     and the part that comes from the seed (the Lehmer generator that Seed runs, which
//     this program computes itself) is XORed away. Several seeds must agree, and a
//     generator rebuilt from the table must reproduce Go's streams;
//   - the ziggurat tables of NormFloat64 (128 strips) and ExpFloat64 (256 strips),
//     computed by Marsaglia and Tsang's recurrences, then checked against the tables
//     inside Go's package (read through go:linkname, hence the linker flag below).
//
// Usage, from the repository's root:
//
//	go run -ldflags=-checklinkname=0 scripts/gen-rand-table.go -lib lib/math/rand/rand.go
//
// rewrites, in that file, the lines between "// BEGIN generated tables" and
// "// END generated tables". Without -lib it prints them.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"math"
	"math/rand"
	"os"
	"strconv"
	"strings"
	_ "unsafe" // for go:linkname
)

// Go's own tables, for the final cross-check only.

//go:linkname goCooked math/rand.rngCooked
var goCooked [607]int64

//go:linkname goKn math/rand.kn
var goKn [128]uint32

//go:linkname goWn math/rand.wn
var goWn [128]float32

//go:linkname goFn math/rand.fn
var goFn [128]float32

//go:linkname goKe math/rand.ke
var goKe [256]uint32

//go:linkname goWe math/rand.we
var goWe [256]float32

//go:linkname goFe math/rand.fe
var goFe [256]float32

const (
	stateLen = 607 // words of state of the lagged Fibonacci generator
	lag      = 273 // distance between the two words that each step adds
)

// lehmer returns the words that Seed derives from seed alone: the minimal standard
// generator x -> 48271*x mod (2^31-1), started from the reduced seed, run 20 steps
// idle, then three steps per word (bits 40.., 20.. and 0.., XORed together).
func lehmer(seed int64) [stateLen]uint64 {
	const m = 1<<31 - 1
	x := seed % m
	if x < 0 {
		x += m
	}
	if x == 0 {
		x = 89482311
	}
	next := func() uint64 {
		x = x * 48271 % m
		return uint64(x)
	}
	for i := 0; i < 20; i++ {
		next()
	}
	var w [stateLen]uint64
	for i := range w {
		a := next()
		b := next()
		c := next()
		w[i] = a<<40 ^ b<<20 ^ c
	}
	return w
}

// measureCooked recovers the mixed-in table from the first 607 outputs of Go's source
// seeded with seed.
func measureCooked(seed int64) [stateLen]int64 {
	src := rand.NewSource(seed).(rand.Source64)
	var out [stateLen]uint64
	for k := range out {
		out[k] = src.Uint64()
	}

	// Replay the indices that the generator steps through. A step's output is
	// word[feed] + word[tap], stored back into word[feed]. When word[tap] was already
	// replaced, it is an earlier output, and the initial word[feed] follows at once;
	// otherwise the step relates two initial words, solved afterwards.
	var initial [stateLen]uint64
	var known, replaced [stateLen]bool
	var current [stateLen]uint64
	type pair struct {
		feed, tap int
		sum       uint64
	}
	var pending []pair
	tap, feed := 0, stateLen-lag
	for k := 0; k < stateLen; k++ {
		tap = (tap + stateLen - 1) % stateLen
		feed = (feed + stateLen - 1) % stateLen
		if replaced[feed] {
			fail("slot %d replaced twice", feed)
		}
		if replaced[tap] {
			initial[feed] = out[k] - current[tap]
			known[feed] = true
		} else {
			pending = append(pending, pair{feed, tap, out[k]})
		}
		replaced[feed] = true
		current[feed] = out[k]
	}
	for _, p := range pending {
		switch {
		case known[p.tap] && !known[p.feed]:
			initial[p.feed] = p.sum - initial[p.tap]
			known[p.feed] = true
		case known[p.feed] && !known[p.tap]:
			initial[p.tap] = p.sum - initial[p.feed]
			known[p.tap] = true
		default:
			fail("cannot solve the step feeding slot %d", p.feed)
		}
	}

	mix := lehmer(seed)
	var cooked [stateLen]int64
	for i := range cooked {
		if !known[i] {
			fail("slot %d not solved", i)
		}
		cooked[i] = int64(initial[i] ^ mix[i])
	}
	return cooked
}

// replay is the generator rebuilt from a measured table, to check it against Go's.
type replay struct {
	tap, feed int
	vec       [stateLen]uint64
}

func newReplay(seed int64, cooked *[stateLen]int64) *replay {
	r := &replay{tap: 0, feed: stateLen - lag}
	mix := lehmer(seed)
	for i := range r.vec {
		r.vec[i] = mix[i] ^ uint64(cooked[i])
	}
	return r
}

func (r *replay) next() uint64 {
	r.tap = (r.tap + stateLen - 1) % stateLen
	r.feed = (r.feed + stateLen - 1) % stateLen
	r.vec[r.feed] += r.vec[r.tap]
	return r.vec[r.feed]
}

// The ziggurat tables, in the layout of lib/math/rand: k (acceptance bounds scaled to
// the random word), w (widths, per unit of the random word) and f (densities).
type zigTables struct {
	k []uint32
	w []float32
	f []float32
}

// normalTables computes the 128-strip ziggurat of the standard normal density's
// right half (Marsaglia and Tsang 2000, with their constants r and v).
func normalTables() zigTables {
	const (
		n     = 128
		scale = 1 << 31 // random words are 31-bit magnitudes
		v     = 9.91256303526217e-3
	)
	t := zigTables{make([]uint32, n), make([]float32, n), make([]float32, n)}
	x := 3.442619855899
	density := func(x float64) float64 { return math.Exp(-.5 * x * x) }
	q := v / density(x)
	t.k[0] = uint32(x / q * scale)
	t.w[0] = float32(q / scale)
	t.w[n-1] = float32(x / scale)
	t.f[0] = 1
	t.f[n-1] = float32(density(x))
	prev := x
	for i := n - 2; i >= 1; i-- {
		x = math.Sqrt(-2 * math.Log(v/x+density(x)))
		t.k[i+1] = uint32(x / prev * scale)
		prev = x
		t.f[i] = float32(density(x))
		t.w[i] = float32(x / scale)
	}
	return t
}

// expTables computes the 256-strip ziggurat of the exponential density.
func expTables() zigTables {
	const (
		n     = 256
		scale = 1 << 32 // random words are 32-bit
		v     = 3.949659822581572e-3
	)
	t := zigTables{make([]uint32, n), make([]float32, n), make([]float32, n)}
	x := 7.697117470131487
	q := v / math.Exp(-x)
	t.k[0] = uint32(x / q * scale)
	t.w[0] = float32(q / scale)
	t.w[n-1] = float32(x / scale)
	t.f[0] = 1
	t.f[n-1] = float32(math.Exp(-x))
	prev := x
	for i := n - 2; i >= 1; i-- {
		x = -math.Log(v/x + math.Exp(-x))
		t.k[i+1] = uint32(x / prev * scale)
		prev = x
		t.f[i] = float32(math.Exp(-x))
		t.w[i] = float32(x / scale)
	}
	return t
}

func checkZig(name string, t zigTables, k []uint32, w, f []float32) {
	for i := range k {
		if t.k[i] != k[i] || math.Float32bits(t.w[i]) != math.Float32bits(w[i]) ||
			math.Float32bits(t.f[i]) != math.Float32bits(f[i]) {
			fail("%s table differs from Go's at %d", name, i)
		}
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "gen-rand-table: "+format+"\n", args...)
	os.Exit(1)
}

func main() {
	lib := flag.String("lib", "", "rewrite the generated tables of this Go file")
	flag.Parse()

	cooked := measureCooked(1)
	for _, seed := range []int64{0, 2, -3, 42, 1 << 40, math.MinInt64, math.MaxInt64} {
		if measureCooked(seed) != cooked {
			fail("seed %d gives another table", seed)
		}
	}
	for _, seed := range []int64{0, 1, -1, 7, 42, 1<<31 - 1, 1 << 31, 1 << 40, math.MinInt64, math.MaxInt64} {
		src := rand.NewSource(seed).(rand.Source64)
		r := newReplay(seed, &cooked)
		for i := 0; i < 5000; i++ {
			if got, want := r.next(), src.Uint64(); got != want {
				fail("seed %d: value %d is %#x, Go's %#x", seed, i, got, want)
			}
		}
	}
	if cooked != goCooked {
		fail("measured table differs from Go's")
	}
	norm, exp := normalTables(), expTables()
	checkZig("normal", norm, goKn[:], goWn[:], goFn[:])
	checkZig("exponential", exp, goKe[:], goWe[:], goFe[:])

	var b bytes.Buffer
	b.WriteString("// BEGIN generated tables (scripts/gen-rand-table.go; do not edit)\n\n")
	b.WriteString("// seedTable returns the words that Seed mixes into a seeded source's state, as Go's\n")
	b.WriteString("// math/rand holds them (measured from its outputs by scripts/gen-rand-table.go).\n")
	b.WriteString("func seedTable() *[rngLen]int64 {\n\treturn &[rngLen]int64{\n")
	for i, v := range cooked {
		if i%4 == 0 {
			b.WriteString("\t\t")
		}
		b.WriteString(strconv.FormatInt(v, 10))
		b.WriteString(",")
		if i%4 == 3 || i == len(cooked)-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	b.WriteString("\t}\n}\n\n")
	writeZig(&b, "normalZiggurat", "NormFloat64 (128 strips, the normal density's right half)", "128", norm)
	b.WriteString("\n")
	writeZig(&b, "expZiggurat", "ExpFloat64 (256 strips, the exponential density)", "256", exp)
	b.WriteString("\n// END generated tables\n")

	src, err := format.Source(b.Bytes())
	if err != nil {
		fail("formatting: %v", err)
	}
	if *lib == "" {
		os.Stdout.Write(src)
		return
	}
	old, err := os.ReadFile(*lib)
	if err != nil {
		fail("%v", err)
	}
	text := string(old)
	begin := strings.Index(text, "// BEGIN generated tables")
	end := strings.Index(text, "// END generated tables\n")
	if begin < 0 || end < begin {
		fail("%s: no generated-tables markers", *lib)
	}
	text = text[:begin] + string(src) + text[end+len("// END generated tables\n"):]
	if err := os.WriteFile(*lib, []byte(text), 0o644); err != nil {
		fail("%v", err)
	}
}

func writeZig(b *bytes.Buffer, name, what, n string, t zigTables) {
	fmt.Fprintf(b, "// %s returns the ziggurat tables of %s,\n", name, what)
	b.WriteString("// computed and checked against Go's by scripts/gen-rand-table.go.\n")
	fmt.Fprintf(b, "func %s() *ziggurat%s {\n\treturn &ziggurat%s{\n", name, n, n)
	fmt.Fprintf(b, "\t\tk: [%s]uint32{", n)
	for i, v := range t.k {
		if i%6 == 0 {
			b.WriteString("\n\t\t\t")
		} else {
			b.WriteString(" ")
		}
		fmt.Fprintf(b, "0x%08x,", v)
	}
	b.WriteString("\n\t\t},\n")
	for _, col := range []struct {
		field string
		vals  []float32
	}{{"w", t.w}, {"f", t.f}} {
		fmt.Fprintf(b, "\t\t%s: [%s]float32{", col.field, n)
		for i, v := range col.vals {
			if i%5 == 0 {
				b.WriteString("\n\t\t\t")
			} else {
				b.WriteString(" ")
			}
			b.WriteString(strconv.FormatFloat(float64(v), 'g', -1, 32))
			b.WriteString(",")
		}
		b.WriteString("\n\t\t},\n")
	}
	b.WriteString("\t}\n}\n")
}
