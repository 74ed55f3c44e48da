// Package rand is deferjit's implementation of Go's package math/rand (the v1 API):
// pseudo-random numbers for simulations and games, not for security.
//
// A seeded Source (NewSource) is Go's additive lagged Fibonacci generator, seeded the
// way Go seeds it and with Go's table of mixed-in words, so that each seed gives Go 1.23's
// stream exactly; a Rand derives its integers, floats, permutations, shuffles, normal and
// exponential deviates and bytes from the stream as Go's does, value for value.
//
// The top-level functions use a generator seeded from the clock at their first use, so
// their values differ from run to run, unless Seed was called: then they follow the
// seeded source exactly as Go's do after rand.Seed. A run has one goroutine, so nothing
// is locked.
package rand

import (
	"math"
	"time"
)

// A Source produces uniformly distributed pseudo-random int64 values in [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that also produces uniformly distributed uint64 values over
// the full 64-bit range; Rand.Uint64 then takes one of them instead of two Int63 values.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen  = 607       // words of a seeded source's state
	rngTap  = 273       // distance between the two words that each step adds
	rngMask = 1<<63 - 1 // the bits of an Int63 result
	lehmerM = 1<<31 - 1 // the modulus of the seeding generator
	lehmerA = 48271     // its multiplier
	zeroSub = 89482311  // what a seed of 0 (mod lehmerM) is replaced with
)

// NewSource returns a Source seeded with seed; the same seed always gives the same
// values (seeds equal modulo 2³¹-1 give the same stream). It also implements Source64.
func NewSource(seed int64) Source {
	src := new(rngSource)
	src.Seed(seed)
	return src
}

// rngSource is the seeded generator: each step adds the word rngTap places behind the
// feed position into it and returns the sum, the indices moving down the ring.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedWords holds seedTable's words once a source was first seeded.
var seedWords *[rngLen]int64

// lehmerNext advances the seeding generator: x ↦ 48271·x mod (2³¹-1).
func lehmerNext(x int64) int64 { return x * lehmerA % lehmerM }

// Seed resets the source to the state that seed determines: each word of the state is
// three successive values of the seeding generator (after 20 discarded ones), placed
// at bits 40, 20 and 0 and XORed together and with a fixed word of Go's table.
func (rng *rngSource) Seed(seed int64) {
	if seedWords == nil {
		seedWords = seedTable()
	}
	rng.tap = 0
	rng.feed = rngLen - rngTap
	x := seed % lehmerM
	if x < 0 {
		x += lehmerM
	}
	if x == 0 {
		x = zeroSub
	}
	for i := 0; i < 20; i++ {
		x = lehmerNext(x)
	}
	for i := 0; i < rngLen; i++ {
		x = lehmerNext(x)
		w := x << 40
		x = lehmerNext(x)
		w ^= x << 20
		x = lehmerNext(x)
		w ^= x
		rng.vec[i] = w ^ seedWords[i]
	}
}

// Uint64 returns the next value of the stream, all 64 bits.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap = rngLen - 1
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed = rngLen - 1
	}
	sum := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = sum
	return uint64(sum)
}

// Int63 returns the next value of the stream with its top bit cleared.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// A Rand produces random values of many kinds from a Source. It is not safe for use by
// several goroutines at once (deferjit runs only one).
type Rand struct {
	src Source
	s64 Source64 // src, when it is a Source64

	// Read hands out an Int63 value seven bytes at a time, low byte first: readVal holds
	// what remains of the current one and readPos how many of its bytes are unused.
	readVal int64
	readPos int8
}

// New returns a Rand that draws its values from src.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed reseeds the underlying source with seed and drops any bytes that Read had left
// over.
func (r *Rand) Seed(seed int64) {
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random int64 (63 random bits).
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random uint32: the top 32 of an Int63 value's 63 bits.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random uint64: one value of a Source64, else the bits of two
// Int63 values (the first one's top 32 low, the second one's low 32 high).
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	lo := uint64(r.Int63()) >> 31
	return lo | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random int32: the top 31 of an Int63 value's bits.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int {
	u := uint(r.Int63())
	return int(u << 1 >> 1) // only matters where int has 32 bits
}

// Int63n returns a pseudo-random int64 in [0, n), uniformly: a power of two masks one
// value, any other n rejects the values above the largest multiple of n. It panics if
// n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	limit := int64(1<<63 - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > limit {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns a pseudo-random int32 in [0, n), as Int63n does with Int31 values. It
// panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	limit := int32(1<<31 - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > limit {
		v = r.Int31()
	}
	return v % n
}

// int31n returns a pseudo-random int32 in [0, n) for n > 0 by multiplying a Uint32
// value by n and keeping the high half, rejecting the few products whose low half
// would bias the result (Lemire's method). Only Shuffle uses it: the exported
// methods keep the value streams they have always had.
func (r *Rand) int31n(n int32) int32 {
	prod := uint64(r.Uint32()) * uint64(n)
	if low := uint32(prod); low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			prod = uint64(r.Uint32()) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns a pseudo-random int in [0, n): Int31n's value when n fits in an int32,
// else Int63n's. It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns a pseudo-random float64 in [0.0, 1.0): an Int63 value divided by
// 2⁶³, drawing again in the rare case that the quotient rounds up to 1.
func (r *Rand) Float64() float64 {
	for {
		f := float64(r.Int63()) / (1 << 63)
		if f != 1 {
			return f
		}
	}
}

// Float32 returns a pseudo-random float32 in [0.0, 1.0): a Float64 value rounded to
// float32, drawing again when that rounds up to 1.
func (r *Rand) Float32() float32 {
	for {
		f := float32(r.Float64())
		if f != 1 {
			return f
		}
	}
}

// Perm returns a pseudo-random permutation of the ints 0 through n-1, built by inserting
// each i at a position Intn(i+1) (the first step, for i = 0, draws a value too).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle puts n elements in a pseudo-random order by the Fisher-Yates method, calling
// swap(i, j) to exchange the elements at indexes i and j (from the last index down).
// It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		swap(i, int(r.Int63n(int64(i+1))))
	}
	for ; i > 0; i-- {
		swap(i, int(r.int31n(int32(i+1))))
	}
}

// Read fills p with pseudo-random bytes, seven from each Int63 value (low byte first),
// continuing where the previous Read stopped. It returns len(p) and a nil error.
func (r *Rand) Read(p []byte) (n int, err error) {
	val, pos := r.readVal, r.readPos
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = r.src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	r.readVal, r.readPos = val, pos
	return n, nil
}

// A ziggurat128 and a ziggurat256 hold the tables of the ziggurat method (Marsaglia and
// Tsang, 2000) for a density cut into strips of equal area: per strip, the bound below
// which a random word is accepted at once (k), the scale from a word to x (w) and the
// density at the strip's edge (f).
type ziggurat128 struct {
	k [128]uint32
	w [128]float32
	f [128]float32
}

type ziggurat256 struct {
	k [256]uint32
	w [256]float32
	f [256]float32
}

// The ziggurats, made at the first use of NormFloat64 and ExpFloat64.
var (
	normZig *ziggurat128
	expZig  *ziggurat256
)

const (
	normTail = 3.442619855899      // where the normal ziggurat's base strip meets its tail
	expTail  = 7.69711747013104972 // where the exponential one's does
)

// NormFloat64 returns a normally distributed float64 (mean 0, standard deviation 1),
// which can be any finite value. Scale it for another distribution:
// NormFloat64()*stddev + mean.
func (r *Rand) NormFloat64() float64 {
	z := normZig
	if z == nil {
		z = normalZiggurat()
		normZig = z
	}
	for {
		j := int32(r.Uint32()) // the sign of the result
		i := j & 0x7F          // the strip
		x := float64(j) * float64(z.w[i])
		mag := uint32(j)
		if j < 0 {
			mag = uint32(-j)
		}
		if mag < z.k[i] {
			return x
		}
		if i == 0 {
			// The tail beyond normTail, by Marsaglia's method.
			for {
				x = -math.Log(r.Float64()) * (1.0 / normTail)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return normTail + x
			}
			return -normTail - x
		}
		if z.f[i]+float32(r.Float64())*(z.f[i-1]-z.f[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 with rate 1 (mean 1), in
// (0, +math.MaxFloat64]. Divide it by the rate for another one.
func (r *Rand) ExpFloat64() float64 {
	z := expZig
	if z == nil {
		z = expZiggurat()
		expZig = z
	}
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(z.w[i])
		if j < z.k[i] {
			return x
		}
		if i == 0 {
			return expTail - math.Log(r.Float64())
		}
		if z.f[i]+float32(r.Float64())*(z.f[i-1]-z.f[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// A Zipf produces values k in [0, imax] with probability proportional to (v+k)^(-s),
// by rejection-inversion (Hörmann and Derflinger).
type Zipf struct {
	r            *Rand
	imax         float64
	v            float64
	q            float64
	s            float64
	oneminusQ    float64
	oneminusQinv float64
	hxm          float64
	hx0minusHxm  float64
}

// h is the integral of the hat function, hinv its inverse.
func (z *Zipf) h(x float64) float64 {
	return math.Exp(z.oneminusQ*math.Log(z.v+x)) * z.oneminusQinv
}

func (z *Zipf) hinv(x float64) float64 {
	return math.Exp(z.oneminusQinv*math.Log(z.oneminusQ*x)) - z.v
}

// NewZipf returns a Zipf that draws from r with exponent s > 1 and offset v >= 1 values
// up to imax; it returns nil for other s and v.
func NewZipf(r *Rand, s float64, v float64, imax uint64) *Zipf {
	if s <= 1.0 || v < 1 {
		return nil
	}
	z := &Zipf{r: r, imax: float64(imax), v: v, q: s}
	z.oneminusQ = 1.0 - z.q
	z.oneminusQinv = 1.0 / z.oneminusQ
	z.hxm = z.h(z.imax + 0.5)
	z.hx0minusHxm = z.h(0.5) - math.Exp(math.Log(z.v)*(-z.q)) - z.hxm
	z.s = 1 - z.hinv(z.h(1.5)-math.Exp(-z.q*math.Log(z.v+1.0)))
	return z
}

// Uint64 returns a value drawn from the Zipf distribution. It panics on a nil Zipf.
func (z *Zipf) Uint64() uint64 {
	if z == nil {
		panic("rand: nil Zipf")
	}
	k := 0.0
	for {
		u := z.r.Float64()
		ur := z.hxm + u*z.hx0minusHxm
		x := z.hinv(ur)
		k = math.Floor(x + 0.5)
		if k-x <= z.s {
			break
		}
		if ur >= z.h(k+0.5)-math.Exp(-math.Log(k+z.v)*z.q) {
			break
		}
	}
	return uint64(k)
}

// The top-level functions' generator: nil until their first use, then a Rand over the
// clock-seeded source, or over a seeded source once Seed was called (globalSeeded).
var (
	globalRand   *Rand
	globalSeeded bool
)

// clockSource is the source of the top-level functions until Seed is called: a
// splitmix64 sequence started from the wall clock's nanoseconds. Go uses its runtime's
// generator there; either way the values are not reproducible.
type clockSource struct {
	state uint64
}

// Uint64 returns the next value of the sequence.
func (c *clockSource) Uint64() uint64 {
	c.state += 0x9E3779B97F4A7C15
	z := c.state
	z = (z ^ z>>30) * 0xBF58476D1CE4E5B9
	z = (z ^ z>>27) * 0x94D049BB133111EB
	return z ^ z>>31
}

// Int63 returns the next value with its top bit cleared.
func (c *clockSource) Int63() int64 { return int64(c.Uint64() & rngMask) }

// Seed is never called: Seed replaces the clock source with a seeded one.
func (c *clockSource) Seed(int64) {
	panic("internal error: call to runtimeSource.Seed")
}

// global returns the top-level functions' Rand, making the clock-seeded one at the first
// use when Seed was not called before.
func global() *Rand {
	if globalRand == nil {
		src := &clockSource{state: uint64(time.Now().UnixNano())}
		globalRand = &Rand{src: src, s64: src}
	}
	return globalRand
}

// Seed makes the top-level functions produce the values of NewSource(seed) from now on
// (seeds equal modulo 2³¹-1 give the same values). Without it they are seeded at random.
//
// Deprecated: programs that want a reproducible sequence should use
// New(NewSource(seed)).
func Seed(seed int64) {
	if globalSeeded {
		globalRand.Seed(seed)
		return
	}
	globalRand = New(NewSource(seed))
	globalSeeded = true
}

// Int63 returns a non-negative pseudo-random int64 from the top-level generator.
func Int63() int64 { return global().Int63() }

// Uint32 returns a pseudo-random uint32 from the top-level generator.
func Uint32() uint32 { return global().Uint32() }

// Uint64 returns a pseudo-random uint64 from the top-level generator.
func Uint64() uint64 { return global().Uint64() }

// Int31 returns a non-negative pseudo-random int32 from the top-level generator.
func Int31() int32 { return global().Int31() }

// Int returns a non-negative pseudo-random int from the top-level generator.
func Int() int { return global().Int() }

// Int63n returns a pseudo-random int64 in [0, n) from the top-level generator. It panics
// if n <= 0.
func Int63n(n int64) int64 { return global().Int63n(n) }

// Int31n returns a pseudo-random int32 in [0, n) from the top-level generator. It panics
// if n <= 0.
func Int31n(n int32) int32 { return global().Int31n(n) }

// Intn returns a pseudo-random int in [0, n) from the top-level generator. It panics if
// n <= 0.
func Intn(n int) int { return global().Intn(n) }

// Float64 returns a pseudo-random float64 in [0.0, 1.0) from the top-level generator.
func Float64() float64 { return global().Float64() }

// Float32 returns a pseudo-random float32 in [0.0, 1.0) from the top-level generator.
func Float32() float32 { return global().Float32() }

// Perm returns a pseudo-random permutation of 0 through n-1 from the top-level generator.
func Perm(n int) []int { return global().Perm(n) }

// Shuffle puts n elements in a pseudo-random order with the top-level generator, calling
// swap to exchange two of them. It panics if n < 0.
func Shuffle(n int, swap func(i, j int)) { global().Shuffle(n, swap) }

// Read fills p with pseudo-random bytes from the top-level generator and returns len(p)
// and a nil error.
//
// Deprecated: crypto/rand.Read suits almost every use better.
func Read(p []byte) (n int, err error) { return global().Read(p) }

// NormFloat64 returns a standard normally distributed float64 from the top-level
// generator.
func NormFloat64() float64 { return global().NormFloat64() }

// ExpFloat64 returns an exponentially distributed float64 (rate 1) from the top-level
// generator.
func ExpFloat64() float64 { return global().ExpFloat64() }

// BEGIN generated tables (scripts/gen-rand-table.go; do not edit)

// seedTable returns the words that Seed mixes into a seeded source's state, as Go's
// math/rand holds them (measured from its outputs by scripts/gen-rand-table.go).
func seedTable() *[rngLen]int64 {
	return &[rngLen]int64{
		-4181792142133755926, -4576982950128230565, 1395769623340756751, 5333664234075297259,
		-6347679516498800754, 9033628115061424579, 7143218595135194537, 4812947590706362721,
		7937252194349799378, 5307299880338848416, 8209348851763925077, -7107630437535961764,
		4593015457530856296, 8140875735541888011, -5903942795589686782, -603556388664454774,
		-7496297993371156308, 113108499721038619, 4569519971459345583, -4160538177779461077,
		-6835753265595711384, -6507240692498089696, 6559392774825876886, 7650093201692370310,
		7684323884043752161, -8965504200858744418, -2629915517445760644, 271327514973697897,
		-6433985589514657524, 1065192797246149621, 3344507881999356393, -4763574095074709175,
		7465081662728599889, 1014950805555097187, -4773931307508785033, -5742262670416273165,
		2418672789110888383, 5796562887576294778, 4484266064449540171, 3738982361971787048,
		-4699774852342421385, 10530508058128498, -589538253572429690, -6598062107225984180,
		8660405965245884302, 10162832508971942, -2682657355892958417, 7031802312784620857,
		6240911277345944669, 831864355460801054, -1218937899312622917, 2116287251661052151,
		2202309800992166967, 9161020366945053561, 4069299552407763864, 4936383537992622449,
		457351505131524928, -8881176990926596454, -6375600354038175299, -7155351920868399290,
		4368649989588021065, 887231587095185257, -3659780529968199312, -2407146836602825512,
		5616972787034086048, -751562733459939242, 1686575021641186857, -5177887698780513806,
		-4979215821652996885, -1375154703071198421, 5632136521049761902, -8390088894796940536,
		-193645528485698615, -5979788902190688516, -4907000935050298721, -285522056888777828,
		-2776431630044341707, 1679342092332374735, 6050638460742422078, -2229851317345194226,
		-1582494184340482199, 5881353426285907985, 812786550756860885, 4541845584483343330,
		-6497901820577766722, 4980675660146853729, -4012602956251539747, -329088717864244987,
		-2896929232104691526, 1495812843684243920, -2153620458055647789, 7370257291860230865,
		-2466442761497833547, 4706794511633873654, -1398851569026877145, 8549875090542453214,
		-9189721207376179652, -7894453601103453165, 7297902601803624459, 1011190183918857495,
		-6985347000036920864, 5147159997473910359, -8326859945294252826, 2659470849286379941,
		6097729358393448602, -7491646050550022124, -5117116194870963097, -896216826133240300,
		-745860416168701406, 5803876044675762232, -787954255994554146, -3234519180203704564,
		-4507534739750823898, -1657200065590290694, 505808562678895611, -4153273856159712438,
		-8381261370078904295, 572156825025677802, 1791881013492340891, 3393267094866038768,
		-5444650186382539299, 2352769483186201278, -7930912453007408350, -325464993179687389,
		-3441562999710612272, -6489413242825283295, 5092019688680754699, -227247482082248967,
		4234737173186232084, 5027558287275472836, 4635198586344772304, -536033143587636457,
		5907508150730407386, -8438615781380831356, 972392927514829904, -3801314342046600696,
		-4064951393885491917, -174840358296132583, 2407211146698877100, -1640089820333676239,
		3940796514530962282, -5882197405809569433, 3095313889586102949, -1818050141166537098,
		5832080132947175283, 7890064875145919662, 8184139210799583195, -8073512175445549678,
		-7758774793014564506, -4581724029666783935, 3516491885471466898, -8267083515063118116,
		6657089965014657519, 5220884358887979358, 1796677326474620641, 5340761970648932916,
		1147977171614181568, 5066037465548252321, 2574765911837859848, 1085848279845204775,
		-5873264506986385449, 6116438694366558490, 2107701075971293812, -7420077970933506541,
		2469478054175558874, -1855128755834809824, -5431463669011098282, -9038325065738319171,
		-6966276280341336160, 7217693971077460129, -8314322083775271549, 7196649268545224266,
		-3585711691453906209, -5267827091426810625, 8057528650917418961, -5084103596553648165,
		-2601445448341207749, -7850010900052094367, 6527366231383600011, 3507654575162700890,
		9202058512774729859, 1954818376891585542, -2582991129724600103, 8299563319178235687,
		-5321504681635821435, 7046310742295574065, -2376176645520785576, -7650733936335907755,
		8850422670118399721, 3631909142291992901, 5158881091950831288, -6340413719511654215,
		4763258931815816403, 6280052734341785344, -4979582628649810958, 2043464728020827976,
		-2678071570832690343, 4562580375758598164, 5495451168795427352, -7485059175264624713,
		553004618757816492, 6895160632757959823, -989748114590090637, 7139506338801360852,
		-672480814466784139, 5535668688139305547, 2430933853350256242, -3821430778991574732,
		-1063731997747047009, -3065878205254005442, 7632066283658143750, 6308328381617103346,
		3681878764086140361, 3289686137190109749, 6587997200611086848, 244714774258135476,
		-5143583659437639708, 8090302575944624335, 2945117363431356361, -8359047641006034763,
		3009039260312620700, -793344576772241777, 401084700045993341, -1968749590416080887,
		4707864159563588614, -3583123505891281857, -3240864324164777915, -5908273794572565703,
		-3719524458082857382, -5281400669679581926, 8118566580304798074, 3839261274019871296,
		7062410411742090847, -8481991033874568140, 6027994129690250817, -6725542042704711878,
		-2971981702428546974, -7854441788951256975, 8809096399316380241, 6492004350391900708,
		2462145737463489636, -8818543617934476634, -5070345602623085213, -8961586321599299868,
		-3758656652254704451, -8630661632476012791, 6764129236657751224, -709716318315418359,
		-3403028373052861600, -8838073512170985897, -3999237033416576341, -2920240395515973663,
		-2073249475545404416, 368107899140673753, -6108185202296464250, -6307735683270494757,
		4782583894627718279, 6718292300699989587, 8387085186914375220, 3387513132024756289,
		4654329375432538231, -292704475491394206, -3848998599978456535, 7623042350483453954,
		7725442901813263321, 9186225467561587250, -5132344747257272453, -6865740430362196008,
		2530936820058611833, 1636551876240043639, -3658707362519810009, 1452244145334316253,
		-7161729655835084979, -7943791770359481772, 9108481583171221009, -3200093350120725999,
		5007630032676973346, 2153168792952589781, 6720334534964750538, -3181825545719981703,
		3433922409283786309, 2285479922797300912, 3110614940896576130, -2856812446131932915,
		-3804580617188639299, 7163298419643543757, 4891138053923696990, 580618510277907015,
		1684034065251686769, 4429514767357295841, -8893025458299325803, -8103734041042601133,
		7177515271653460134, 4589042248470800257, -1530083407795771245, 143607045258444228,
		246994305896273627, -8356954712051676521, 6473547110565816071, 3092379936208876896,
		2058427839513754051, -4089587328327907870, 8785882556301281247, -3074039370013608197,
		-637529855400303673, 6137678347805511274, -7152924852417805802, 5708223427705576541,
		-3223714144396531304, 4358391411789012426, 325123008708389849, 6837621693887290924,
		4843721905315627004, -3212720814705499393, -3825019837890901156, 4602025990114250980,
		1044646352569048800, 9106614159853161675, -8394115921626182539, -4304087667751778808,
		2681532557646850893, 3681559472488511871, -3915372517896561773, -2889241648411946534,
		-6564663803938238204, -8060058171802589521, 581945337509520675, 3648778920718647903,
		-4799698790548231394, -7602572252857820065, 220828013409515943, -1072987336855386047,
		4287360518296753003, -4633371852008891965, 5513660857261085186, -2258542936462001533,
		-8744380348503999773, 8746140185685648781, 228500091334420247, 1356187007457302238,
		3019253992034194581, 3152601605678500003, -8793219284148773595, 5559581553696971176,
		4916432985369275664, -8559797105120221417, -5802598197927043732, 2868348622579915573,
		-7224052902810357288, -5894682518218493085, 2587672709781371173, -7706116723325376475,
		3092343956317362483, -5561119517847711700, 972445599196498113, -1558506600978816441,
		1708913533482282562, -2305554874185907314, -6005743014309462908, -6653329009633068701,
		-483583197311151195, 2488075924621352812, -4529369641467339140, -4663743555056261452,
		2997203966153298104, 1282559373026354493, 240113143146674385, 8665713329246516443,
		628141331766346752, -4651421219668005332, -7750560848702540400, 7596648026010355826,
		-3132152619100351065, 7834161864828164065, 7103445518877254909, 4390861237357459201,
		-4780718172614204074, -319889632007444440, 622261699494173647, -3186110786557562560,
		-8718967088789066690, -1948156510637662747, -8212195255998774408, -7028621931231314745,
		2623071828615234808, -4066058308780939700, -5484966924888173764, -6683604512778046238,
		-6756087640505506466, 5256026990536851868, 7841086888628396109, 6640857538655893162,
		-8021284697816458310, -7109857044414059830, -1689021141511844405, -4298087301956291063,
		-4077748265377282003, -998231156719803476, 2719520354384050532, 9132346697815513771,
		4332154495710163773, -2085582442760428892, 6994721091344268833, -2556143461985726874,
		-8567931991128098309, 59934747298466858, -3098398008776739403, -265597256199410390,
		2332206071942466437, -7522315324568406181, 3154897383618636503, -7585605855467168281,
		-6762850759087199275, 197309393502684135, -8579694182469508493, 2543179307861934850,
		4350769010207485119, -4468719947444108136, -7207776534213261296, -1224312577878317200,
		4287946071480840813, 8362686366770308971, 6486469209321732151, -5605644191012979782,
		-1669018511020473564, 4450022655153542367, -7618176296641240059, -3896357471549267421,
		-4596796223304447488, -6531150016257070659, -8982326463137525940, -4125325062227681798,
		-1306489741394045544, -8338554946557245229, 5329160409530630596, 7790979528857726136,
		4955070238059373407, -4304834761432101506, -6215295852904371179, 3007769226071157901,
		-6753025801236972788, 8928702772696731736, 7856187920214445904, -4748497451462800923,
		7900176660600710914, -7082800908938549136, -6797926979589575837, -6737316883512927978,
		4186670094382025798, 1883939007446035042, -414705992779907823, 3734134241178479257,
		4065968871360089196, 6953124200385847784, -7917685222115876751, -7585632937840318161,
		-5567246375906782599, -5256612402221608788, 3106378204088556331, -2894472214076325998,
		4565385105440252958, 1979884289539493806, -6891578849933910383, 3783206694208922581,
		8464961209802336085, 2843963751609577687, 3030678195484896323, -4429654462759003204,
		4459239494808162889, 402587895800087237, 8057891408711167515, 4541888170938985079,
		1042662272908816815, -3666068979732206850, 2647678726283249984, 2144477441549833761,
		-3417019821499388721, -2105601033380872185, 5916597177708541638, -8760774321402454447,
		8833658097025758785, 5970273481425315300, 563813119381731307, -6455022486202078793,
		1598828206250873866, -4016978389451217698, -2988328551145513985, -6071154634840136312,
		8469693267274066490, 125672920241807416, -3912292412830714870, -2559617104544284221,
		-486523741806024092, -4735332261862713930, 5923302823487327109, -9082480245771672572,
		-1808429243461201518, 7990420780896957397, 4317817392807076702, 3625184369705367340,
		-6482649271566653105, -3480272027152017464, -3225473396345736649, -368878695502291645,
		-3981164001421868007, -8522033136963788610, 7609280429197514109, 3020985755112334161,
		-2572049329799262942, 2635195723621160615, 5144520864246028816, -8188285521126945980,
		1567242097116389047, 8172389260191636581, -2885551685425483535, -7060359469858316883,
		-6480181133964513127, -7317004403633452381, 6011544915663598137, 5932255307352610768,
		2241128460406315459, -8327867140638080220, 3094483003111372717, 4583857460292963101,
		9079887171656594975, -384082854924064405, -3460631649611717935, 4225072055348026230,
		-7385151438465742745, 3801620336801580414, -399845416774701952, -7446754431269675473,
		7899055018877642622, 5421679761463003041, 5521102963086275121, -4975092593295409910,
		8735487530905098534, -7462844945281082830, -2080886987197029914, -1000715163927557685,
		-4253840471931071485, -5828896094657903328, 6424174453260338141, 359248545074932887,
		-5949720754023045210, -2426265837057637212, 3030918217665093212, -9077771202237461772,
		-3186796180789149575, 740416251634527158, -2142944401404840226, 6951781370868335478,
		399922722363687927, -8928469722407522623, -1378421100515597285, -8343051178220066766,
		-3030716356046100229, -8811767350470065420, 9026808440365124461, 6440783557497587732,
		4615674634722404292, 539897290441580544, 2096238225866883852, 8751955639408182687,
		-7316147128802486205, 7381039757301768559, 6157238513393239656, -1473377804940618233,
		8629571604380892756, 5280433031239081479, 7101611890139813254, 2479018537985767835,
		7169176924412769570, -1281305539061572506, -7865612307799218120, 2278447439451174845,
		3625338785743880657, 6477479539006708521, 8976185375579272206, -3712000482142939688,
		1326024180520890843, 7537449876596048829, 5464680203499696154, 3189671183162196045,
		6346751753565857109, -8982212049534145501, -6127578587196093755, -245039190118465649,
		-6320577374581628592, 7208698530190629697, 7276901792339343736, -7490986807540332668,
		4133292154170828382, 2918308698224194548, -7703910638917631350, -3929437324238184044,
		-4300543082831323144, -6344160503358350167, 5896236396443472108, -758328221503023383,
		-1894351639983151068, -307900319840287220, -6278469401177312761, -2171292963361310674,
		8382142935188824023, 9103922860780351547, 4152330101494654406,
	}
}

// normalZiggurat returns the ziggurat tables of NormFloat64 (128 strips, the normal density's right half),
// computed and checked against Go's by scripts/gen-rand-table.go.
func normalZiggurat() *ziggurat128 {
	return &ziggurat128{
		k: [128]uint32{
			0x76ad2212, 0x00000000, 0x600f1b53, 0x6ce447a6, 0x725b46a2, 0x7560051d,
			0x774921eb, 0x789a25bd, 0x799045c3, 0x7a4bce5d, 0x7adf629f, 0x7b5682a6,
			0x7bb8a8c6, 0x7c0ae722, 0x7c50cce7, 0x7c8cec5b, 0x7cc12cd6, 0x7ceefed2,
			0x7d177e0b, 0x7d3b8883, 0x7d5bce6c, 0x7d78dd64, 0x7d932886, 0x7dab0e57,
			0x7dc0dd30, 0x7dd4d688, 0x7de73185, 0x7df81cea, 0x7e07c0a3, 0x7e163efa,
			0x7e23b587, 0x7e303dfd, 0x7e3beec2, 0x7e46db77, 0x7e51155d, 0x7e5aabb3,
			0x7e63abf7, 0x7e6c222c, 0x7e741906, 0x7e7b9a18, 0x7e82adfa, 0x7e895c63,
			0x7e8fac4b, 0x7e95a3fb, 0x7e9b4924, 0x7ea0a0ef, 0x7ea5b00d, 0x7eaa7ac3,
			0x7eaf04f3, 0x7eb3522a, 0x7eb765a5, 0x7ebb4259, 0x7ebeeafd, 0x7ec2620a,
			0x7ec5a9c4, 0x7ec8c441, 0x7ecbb365, 0x7ece78ed, 0x7ed11671, 0x7ed38d62,
			0x7ed5df12, 0x7ed80cb4, 0x7eda175c, 0x7edc0005, 0x7eddc78e, 0x7edf6ebf,
			0x7ee0f647, 0x7ee25ebe, 0x7ee3a8a9, 0x7ee4d473, 0x7ee5e276, 0x7ee6d2f5,
			0x7ee7a620, 0x7ee85c10, 0x7ee8f4cd, 0x7ee97047, 0x7ee9ce59, 0x7eea0eca,
			0x7eea3147, 0x7eea3568, 0x7eea1aab, 0x7ee9e071, 0x7ee98602, 0x7ee90a88,
			0x7ee86d08, 0x7ee7ac6a, 0x7ee6c769, 0x7ee5bc9c, 0x7ee48a67, 0x7ee32efc,
			0x7ee1a857, 0x7edff42f, 0x7ede0ffa, 0x7edbf8d9, 0x7ed9ab94, 0x7ed7248d,
			0x7ed45fae, 0x7ed1585c, 0x7ece095f, 0x7eca6ccb, 0x7ec67be2, 0x7ec22eee,
			0x7ebd7d1a, 0x7eb85c35, 0x7eb2c075, 0x7eac9c20, 0x7ea5df27, 0x7e9e769f,
			0x7e964c16, 0x7e8d44ba, 0x7e834033, 0x7e781728, 0x7e6b9933, 0x7e5d8a1a,
			0x7e4d9ded, 0x7e3b737a, 0x7e268c2f, 0x7e0e3ff5, 0x7df1aa5d, 0x7dcf8c72,
			0x7da61a1e, 0x7d72a0fb, 0x7d30e097, 0x7cd9b4ab, 0x7c600f1a, 0x7ba90bdc,
			0x7a722176, 0x77d664e5,
		},
		w: [128]float32{
			1.7290405e-09, 1.2680929e-10, 1.6897518e-10, 1.9862688e-10, 2.2232431e-10,
			2.4244937e-10, 2.601613e-10, 2.7611988e-10, 2.9073963e-10, 3.042997e-10,
			3.1699796e-10, 3.289802e-10, 3.4035738e-10, 3.5121603e-10, 3.616251e-10,
			3.7164058e-10, 3.8130857e-10, 3.9066758e-10, 3.9975012e-10, 4.08584e-10,
			4.1719309e-10, 4.2559822e-10, 4.338176e-10, 4.418672e-10, 4.497613e-10,
			4.5751258e-10, 4.651324e-10, 4.7263105e-10, 4.8001775e-10, 4.87301e-10,
			4.944885e-10, 5.015873e-10, 5.0860405e-10, 5.155446e-10, 5.2241467e-10,
			5.2921934e-10, 5.359635e-10, 5.426517e-10, 5.4928817e-10, 5.5587696e-10,
			5.624219e-10, 5.6892646e-10, 5.753941e-10, 5.818282e-10, 5.882317e-10,
			5.946077e-10, 6.00959e-10, 6.072884e-10, 6.135985e-10, 6.19892e-10,
			6.2617134e-10, 6.3243905e-10, 6.386974e-10, 6.449488e-10, 6.511956e-10,
			6.5744005e-10, 6.6368433e-10, 6.699307e-10, 6.7618144e-10, 6.824387e-10,
			6.8870465e-10, 6.949815e-10, 7.012715e-10, 7.075768e-10, 7.1389966e-10,
			7.202424e-10, 7.266073e-10, 7.329966e-10, 7.394128e-10, 7.4585826e-10,
			7.5233547e-10, 7.58847e-10, 7.653954e-10, 7.719835e-10, 7.7861395e-10,
			7.852897e-10, 7.920138e-10, 7.987892e-10, 8.0561924e-10, 8.125073e-10,
			8.194569e-10, 8.2647167e-10, 8.3355556e-10, 8.407127e-10, 8.479473e-10,
			8.55264e-10, 8.6266755e-10, 8.7016316e-10, 8.777562e-10, 8.8545243e-10,
			8.932582e-10, 9.0117996e-10, 9.09225e-10, 9.174008e-10, 9.2571584e-10,
			9.341788e-10, 9.427997e-10, 9.515889e-10, 9.605579e-10, 9.697193e-10,
			9.790869e-10, 9.88676e-10, 9.985036e-10, 1.0085882e-09, 1.0189509e-09,
			1.0296151e-09, 1.0406069e-09, 1.0519566e-09, 1.063698e-09, 1.0758702e-09,
			1.0885183e-09, 1.1016947e-09, 1.1154611e-09, 1.1298902e-09, 1.1450696e-09,
			1.1611052e-09, 1.1781276e-09, 1.1962995e-09, 1.2158287e-09, 1.2369856e-09,
			1.2601323e-09, 1.2857697e-09, 1.3146202e-09, 1.347784e-09, 1.3870636e-09,
			1.4357403e-09, 1.5008659e-09, 1.6030948e-09,
		},
		f: [128]float32{
			1, 0.9635997, 0.9362827, 0.9130436, 0.89228165,
			0.87324303, 0.8555006, 0.8387836, 0.8229072, 0.8077383,
			0.793177, 0.7791461, 0.7655842, 0.7524416, 0.73967725,
			0.7272569, 0.7151515, 0.7033361, 0.69178915, 0.68049186,
			0.6694277, 0.658582, 0.6479418, 0.63749546, 0.6272325,
			0.6171434, 0.6072195, 0.5974532, 0.58783704, 0.5783647,
			0.56903, 0.5598274, 0.5507518, 0.54179835, 0.5329627,
			0.52424055, 0.5156282, 0.50712204, 0.49871865, 0.49041483,
			0.48220766, 0.4740943, 0.46607214, 0.4581387, 0.45029163,
			0.44252872, 0.43484783, 0.427247, 0.41972435, 0.41227803,
			0.40490642, 0.39760786, 0.3903808, 0.3832238, 0.37613547,
			0.36911446, 0.3621595, 0.35526937, 0.34844297, 0.34167916,
			0.33497685, 0.3283351, 0.3217529, 0.3152294, 0.30876362,
			0.30235484, 0.29600215, 0.28970486, 0.2834622, 0.2772735,
			0.27113807, 0.2650553, 0.25902456, 0.2530453, 0.24711695,
			0.241239, 0.23541094, 0.22963232, 0.2239027, 0.21822165,
			0.21258877, 0.20700371, 0.20146611, 0.19597565, 0.19053204,
			0.18513499, 0.17978427, 0.17447963, 0.1692209, 0.16400786,
			0.15884037, 0.15371831, 0.14864157, 0.14361008, 0.13862377,
			0.13368265, 0.12878671, 0.12393598, 0.119130544, 0.11437051,
			0.10965602, 0.104987256, 0.10036444, 0.095787846, 0.0912578,
			0.08677467, 0.0823389, 0.077950984, 0.073611505, 0.06932112,
			0.06508058, 0.06089077, 0.056752663, 0.0526674, 0.048636295,
			0.044660863, 0.040742867, 0.03688439, 0.033087887, 0.029356318,
			0.025693292, 0.022103304, 0.018592102, 0.015167298, 0.011839478,
			0.008624485, 0.005548995, 0.0026696292,
		},
	}
}

// expZiggurat returns the ziggurat tables of ExpFloat64 (256 strips, the exponential density),
// computed and checked against Go's by scripts/gen-rand-table.go.
func expZiggurat() *ziggurat256 {
	return &ziggurat256{
		k: [256]uint32{
			0xe290a139, 0x00000000, 0x9beadebc, 0xc377ac71, 0xd4ddb990, 0xde893fb8,
			0xe4a8e87c, 0xe8dff16a, 0xebf2deab, 0xee49a6e8, 0xf0204efd, 0xf19bdb8e,
			0xf2d458bb, 0xf3da104b, 0xf4b86d78, 0xf577ad8a, 0xf61de83d, 0xf6afb784,
			0xf730a573, 0xf7a37651, 0xf80a5bb6, 0xf867189d, 0xf8bb1b4f, 0xf9079062,
			0xf94d70ca, 0xf98d8c7d, 0xf9c8928a, 0xf9ff175b, 0xfa319996, 0xfa6085f8,
			0xfa8c3a62, 0xfab5084e, 0xfadb36c8, 0xfaff0410, 0xfb20a6ea, 0xfb404fb4,
			0xfb5e2951, 0xfb7a59e9, 0xfb95038c, 0xfbae44ba, 0xfbc638d8, 0xfbdcf892,
			0xfbf29a30, 0xfc0731df, 0xfc1ad1ed, 0xfc2d8b02, 0xfc3f6c4d, 0xfc5083ac,
			0xfc60ddd1, 0xfc708662, 0xfc7f8810, 0xfc8decb4, 0xfc9bbd62, 0xfca9027c,
			0xfcb5c3c3, 0xfcc20864, 0xfccdd70a, 0xfcd935e3, 0xfce42ab0, 0xfceebace,
			0xfcf8eb3b, 0xfd02c0a0, 0xfd0c3f59, 0xfd156b7b, 0xfd1e48d6, 0xfd26daff,
			0xfd2f2552, 0xfd372af7, 0xfd3eeee5, 0xfd4673e7, 0xfd4dbc9e, 0xfd54cb85,
			0xfd5ba2f2, 0xfd62451b, 0xfd68b415, 0xfd6ef1da, 0xfd750047, 0xfd7ae120,
			0xfd809612, 0xfd8620b4, 0xfd8b8285, 0xfd90bcf5, 0xfd95d15e, 0xfd9ac10b,
			0xfd9f8d36, 0xfda43708, 0xfda8bf9e, 0xfdad2806, 0xfdb17141, 0xfdb59c46,
			0xfdb9a9fd, 0xfdbd9b46, 0xfdc170f6, 0xfdc52bd8, 0xfdc8ccac, 0xfdcc542d,
			0xfdcfc30b, 0xfdd319ef, 0xfdd6597a, 0xfdd98245, 0xfddc94e5, 0xfddf91e6,
			0xfde279ce, 0xfde54d1f, 0xfde80c52, 0xfdeab7de, 0xfded5034, 0xfdefd5be,
			0xfdf248e3, 0xfdf4aa06, 0xfdf6f984, 0xfdf937b6, 0xfdfb64f4, 0xfdfd818d,
			0xfdff8dd0, 0xfe018a08, 0xfe03767a, 0xfe05536c, 0xfe07211c, 0xfe08dfc9,
			0xfe0a8fab, 0xfe0c30fb, 0xfe0dc3ec, 0xfe0f48b1, 0xfe10bf76, 0xfe122869,
			0xfe1383b4, 0xfe14d17c, 0xfe1611e7, 0xfe174516, 0xfe186b2a, 0xfe19843e,
			0xfe1a9070, 0xfe1b8fd6, 0xfe1c8289, 0xfe1d689b, 0xfe1e4220, 0xfe1f0f26,
			0xfe1fcfbc, 0xfe2083ed, 0xfe212bc3, 0xfe21c745, 0xfe225678, 0xfe22d95f,
			0xfe234ffb, 0xfe23ba4a, 0xfe241849, 0xfe2469f2, 0xfe24af3c, 0xfe24e81e,
			0xfe25148b, 0xfe253474, 0xfe2547c7, 0xfe254e70, 0xfe25485a, 0xfe25356a,
			0xfe251586, 0xfe24e88f, 0xfe24ae64, 0xfe2466e1, 0xfe2411df, 0xfe23af34,
			0xfe233eb4, 0xfe22c02c, 0xfe22336b, 0xfe219838, 0xfe20ee58, 0xfe20358c,
			0xfe1f6d92, 0xfe1e9621, 0xfe1daef0, 0xfe1cb7ac, 0xfe1bb002, 0xfe1a9798,
			0xfe196e0d, 0xfe1832fd, 0xfe16e5fe, 0xfe15869d, 0xfe141464, 0xfe128ed3,
			0xfe10f565, 0xfe0f478c, 0xfe0d84b1, 0xfe0bac36, 0xfe09bd73, 0xfe07b7b5,
			0xfe059a40, 0xfe03644c, 0xfe011504, 0xfdfeab88, 0xfdfc26e9, 0xfdf98629,
			0xfdf6c83b, 0xfdf3ec01, 0xfdf0f04a, 0xfdedd3d1, 0xfdea953d, 0xfde7331e,
			0xfde3abe9, 0xfddffdfb, 0xfddc2791, 0xfdd826cd, 0xfdd3f9a8, 0xfdcf9dfc,
			0xfdcb1176, 0xfdc65198, 0xfdc15bb3, 0xfdbc2ce2, 0xfdb6c206, 0xfdb117be,
			0xfdab2a63, 0xfda4f5fd, 0xfd9e7640, 0xfd97a67a, 0xfd908192, 0xfd8901f2,
			0xfd812182, 0xfd78d98e, 0xfd7022bb, 0xfd66f4ed, 0xfd5d4732, 0xfd530f9c,
			0xfd48432b, 0xfd3cd59a, 0xfd30b936, 0xfd23dea4, 0xfd16349e, 0xfd07a7a3,
			0xfcf8219b, 0xfce7895b, 0xfcd5c220, 0xfcc2aadb, 0xfcae1d5e, 0xfc97ed4e,
			0xfc7fe6d4, 0xfc65ccf3, 0xfc495762, 0xfc2a2fc8, 0xfc07ee19, 0xfbe213c1,
			0xfbb8051a, 0xfb890078, 0xfb5411a5, 0xfb180005, 0xfad33482, 0xfa839276,
			0xfa263b32, 0xf9b72d1c, 0xf930a1a2, 0xf889f023, 0xf7b577d2, 0xf69c650c,
			0xf51530f0, 0xf2cb0e3c, 0xeeefb15d, 0xe6da6ecf,
		},
		w: [256]float32{
			2.0249555e-09, 1.486674e-11, 2.4409617e-11, 3.1968806e-11, 3.844677e-11,
			4.4228204e-11, 4.9516443e-11, 5.443359e-11, 5.905944e-11, 6.344942e-11,
			6.7643814e-11, 7.1672945e-11, 7.556032e-11, 7.932458e-11, 8.298079e-11,
			8.654132e-11, 9.0016515e-11, 9.3415074e-11, 9.674443e-11, 1.0001099e-10,
			1.03220314e-10, 1.06377254e-10, 1.09486115e-10, 1.1255068e-10, 1.1557435e-10,
			1.1856015e-10, 1.2151083e-10, 1.2442886e-10, 1.2731648e-10, 1.3017575e-10,
			1.3300853e-10, 1.3581657e-10, 1.3860142e-10, 1.4136457e-10, 1.4410738e-10,
			1.4683108e-10, 1.4953687e-10, 1.5222583e-10, 1.54899e-10, 1.5755733e-10,
			1.6020171e-10, 1.6283301e-10, 1.6545203e-10, 1.6805951e-10, 1.7065617e-10,
			1.732427e-10, 1.7581973e-10, 1.7838787e-10, 1.8094774e-10, 1.8349985e-10,
			1.8604476e-10, 1.8858298e-10, 1.9111498e-10, 1.9364126e-10, 1.9616223e-10,
			1.9867835e-10, 2.0119004e-10, 2.0369768e-10, 2.0620168e-10, 2.087024e-10,
			2.1120022e-10, 2.136955e-10, 2.1618855e-10, 2.1867974e-10, 2.2116936e-10,
			2.2365775e-10, 2.261452e-10, 2.2863202e-10, 2.311185e-10, 2.3360494e-10,
			2.360916e-10, 2.3857874e-10, 2.4106667e-10, 2.4355562e-10, 2.4604588e-10,
			2.485377e-10, 2.5103128e-10, 2.5352695e-10, 2.560249e-10, 2.585254e-10,
			2.6102867e-10, 2.6353494e-10, 2.6604446e-10, 2.6855745e-10, 2.7107416e-10,
			2.7359479e-10, 2.761196e-10, 2.7864877e-10, 2.8118255e-10, 2.8372119e-10,
			2.8626485e-10, 2.888138e-10, 2.9136826e-10, 2.939284e-10, 2.9649452e-10,
			2.9906677e-10, 3.016454e-10, 3.0423064e-10, 3.0682268e-10, 3.0942177e-10,
			3.1202813e-10, 3.1464195e-10, 3.1726352e-10, 3.19893e-10, 3.2253064e-10,
			3.251767e-10, 3.2783135e-10, 3.3049485e-10, 3.3316744e-10, 3.3584938e-10,
			3.3854083e-10, 3.4124212e-10, 3.4395342e-10, 3.46675e-10, 3.4940711e-10,
			3.5215003e-10, 3.5490397e-10, 3.5766917e-10, 3.6044595e-10, 3.6323455e-10,
			3.660352e-10, 3.6884823e-10, 3.7167386e-10, 3.745124e-10, 3.773641e-10,
			3.802293e-10, 3.8310827e-10, 3.860013e-10, 3.8890866e-10, 3.918307e-10,
			3.9476775e-10, 3.9772008e-10, 4.0068804e-10, 4.0367196e-10, 4.0667217e-10,
			4.09689e-10, 4.1272286e-10, 4.1577405e-10, 4.1884296e-10, 4.2192994e-10,
			4.250354e-10, 4.281597e-10, 4.313033e-10, 4.3446652e-10, 4.3764986e-10,
			4.408537e-10, 4.4407847e-10, 4.4732465e-10, 4.5059267e-10, 4.5388301e-10,
			4.571962e-10, 4.6053267e-10, 4.6389292e-10, 4.6727755e-10, 4.70687e-10,
			4.741219e-10, 4.7758275e-10, 4.810702e-10, 4.845848e-10, 4.8812715e-10,
			4.9169796e-10, 4.9529775e-10, 4.989273e-10, 5.0258725e-10, 5.0627835e-10,
			5.100013e-10, 5.1375687e-10, 5.1754584e-10, 5.21369e-10, 5.2522725e-10,
			5.2912136e-10, 5.330522e-10, 5.370208e-10, 5.4102806e-10, 5.45075e-10,
			5.491625e-10, 5.532918e-10, 5.5746385e-10, 5.616799e-10, 5.6594107e-10,
			5.7024857e-10, 5.746037e-10, 5.7900773e-10, 5.834621e-10, 5.8796823e-10,
			5.925276e-10, 5.971417e-10, 6.018122e-10, 6.065408e-10, 6.113292e-10,
			6.1617933e-10, 6.2109295e-10, 6.260722e-10, 6.3111916e-10, 6.3623595e-10,
			6.4142497e-10, 6.4668854e-10, 6.5202926e-10, 6.5744976e-10, 6.6295286e-10,
			6.6854156e-10, 6.742188e-10, 6.79988e-10, 6.858526e-10, 6.9181616e-10,
			6.978826e-10, 7.04056e-10, 7.103407e-10, 7.167412e-10, 7.2326256e-10,
			7.2990985e-10, 7.366886e-10, 7.4360473e-10, 7.5066453e-10, 7.5787476e-10,
			7.6524265e-10, 7.7277595e-10, 7.80483e-10, 7.883728e-10, 7.9645507e-10,
			8.047402e-10, 8.1323964e-10, 8.219657e-10, 8.309319e-10, 8.401528e-10,
			8.496445e-10, 8.594247e-10, 8.6951274e-10, 8.799301e-10, 8.9070046e-10,
			9.018503e-10, 9.134092e-10, 9.254101e-10, 9.378904e-10, 9.508923e-10,
			9.644638e-10, 9.786603e-10, 9.935448e-10, 1.0091913e-09, 1.025686e-09,
			1.0431306e-09, 1.0616465e-09, 1.08138e-09, 1.1025096e-09, 1.1252564e-09,
			1.1498986e-09, 1.1767932e-09, 1.206409e-09, 1.2393786e-09, 1.276585e-09,
			1.3193139e-09, 1.3695435e-09, 1.4305498e-09, 1.508365e-09, 1.6160854e-09,
			1.7921248e-09,
		},
		f: [256]float32{
			1, 0.9381437, 0.90046996, 0.87170434, 0.8477855,
			0.8269933, 0.8084217, 0.7915276, 0.77595687, 0.7614634,
			0.7478686, 0.7350381, 0.72286767, 0.71127474, 0.70019263,
			0.6895665, 0.67935055, 0.6695063, 0.66000086, 0.65080583,
			0.6418967, 0.63325197, 0.6248527, 0.6166822, 0.60872537,
			0.60096896, 0.5934009, 0.58601034, 0.5787874, 0.57172304,
			0.5648092, 0.5580383, 0.5514034, 0.5448982, 0.5385169,
			0.53225386, 0.5261042, 0.52006316, 0.5141264, 0.50828975,
			0.5025495, 0.496902, 0.49134386, 0.485872, 0.48048335,
			0.4751752, 0.46994483, 0.46478975, 0.45970762, 0.45469615,
			0.44975325, 0.44487688, 0.44006512, 0.43531612, 0.43062815,
			0.42599955, 0.42142874, 0.4169142, 0.41245446, 0.40804818,
			0.403694, 0.3993907, 0.39513698, 0.39093173, 0.38677382,
			0.38266218, 0.37859577, 0.37457356, 0.37059465, 0.3666581,
			0.362763, 0.35890847, 0.35509375, 0.351318, 0.3475805,
			0.34388044, 0.34021714, 0.3365899, 0.33299807, 0.32944095,
			0.32591796, 0.3224285, 0.3189719, 0.31554767, 0.31215525,
			0.30879408, 0.3054636, 0.3021634, 0.29889292, 0.2956517,
			0.29243928, 0.28925523, 0.28609908, 0.28297043, 0.27986884,
			0.27679393, 0.2737453, 0.2707226, 0.2677254, 0.26475343,
			0.26180625, 0.25888354, 0.25598502, 0.2531103, 0.25025907,
			0.24743107, 0.24462597, 0.24184346, 0.23908329, 0.23634516,
			0.23362878, 0.23093392, 0.2282603, 0.22560766, 0.22297576,
			0.22036438, 0.21777324, 0.21520215, 0.21265087, 0.21011916,
			0.20760682, 0.20511365, 0.20263945, 0.20018397, 0.19774707,
			0.19532852, 0.19292815, 0.19054577, 0.1881812, 0.18583426,
			0.18350479, 0.1811926, 0.17889754, 0.17661946, 0.17435817,
			0.17211354, 0.1698854, 0.16767362, 0.16547804, 0.16329853,
			0.16113494, 0.15898713, 0.15685499, 0.15473837, 0.15263714,
			0.15055119, 0.14848037, 0.14642459, 0.14438373, 0.14235765,
			0.14034624, 0.13834943, 0.13636707, 0.13439907, 0.13244532,
			0.13050574, 0.1285802, 0.12666863, 0.12477092, 0.12288698,
			0.12101672, 0.119160056, 0.1173169, 0.115487166, 0.11367077,
			0.11186763, 0.11007768, 0.10830083, 0.10653701, 0.10478614,
			0.10304816, 0.101323, 0.09961058, 0.09791085, 0.09622374,
			0.09454919, 0.09288713, 0.091237515, 0.08960028, 0.087975375,
			0.08636274, 0.08476233, 0.083174095, 0.081597984, 0.08003395,
			0.07848195, 0.076941945, 0.07541389, 0.07389775, 0.072393484,
			0.07090106, 0.069420435, 0.06795159, 0.066494495, 0.06504912,
			0.063615434, 0.062193416, 0.060783047, 0.059384305, 0.057997175,
			0.05662164, 0.05525769, 0.053905312, 0.052564494, 0.051235236,
			0.049917534, 0.048611384, 0.047316793, 0.046033762, 0.0447623,
			0.043502413, 0.042254124, 0.041017443, 0.039792392, 0.038578995,
			0.037377283, 0.036187284, 0.035009038, 0.033842582, 0.032687962,
			0.031545233, 0.030414443, 0.02929566, 0.02818895, 0.027094385,
			0.026012046, 0.024942026, 0.023884421, 0.022839336, 0.021806888,
			0.020787204, 0.019780423, 0.0187867, 0.0178062, 0.016839107,
			0.015885621, 0.014945968, 0.014020392, 0.013109165, 0.012212592,
			0.011331013, 0.01046481, 0.009614414, 0.008780315, 0.007963077,
			0.0071633533, 0.006381906, 0.0056196423, 0.0048776558, 0.004157295,
			0.0034602648, 0.0027887989, 0.0021459677, 0.0015362998, 0.0009672693,
			0.00045413437,
		},
	}
}

// END generated tables
