package main

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

type Bitset []uint64

func NewBitset(n int) Bitset { return make(Bitset, (n+63)/64) }

func (b Bitset) Set(i int)       { b[i/64] |= 1 << (uint(i) % 64) }
func (b Bitset) Clear(i int)     { b[i/64] &^= 1 << (uint(i) % 64) }
func (b Bitset) Has(i int) bool  { return b[i/64]&(1<<(uint(i)%64)) != 0 }
func (b Bitset) Count() (n int) {
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return
}

func sieve(n int) Bitset {
	comp := NewBitset(n + 1)
	comp.Set(0)
	comp.Set(1)
	for i := 2; i*i <= n; i++ {
		if comp.Has(i) {
			continue
		}
		for j := i * i; j <= n; j += i {
			comp.Set(j)
		}
	}
	return comp
}

func factor(n uint64) map[uint64]int {
	f := map[uint64]int{}
	for p := uint64(2); p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatz(n int) (steps int, peak int) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
		peak = max(peak, n)
	}
	return
}

const (
	Big   = 1 << 100
	Small = Big >> 98
	Third = 1.0 / 3
)

func main() {
	comp := sieve(200)
	var ps []string
	for i := 0; i <= 200; i++ {
		if !comp.Has(i) {
			ps = append(ps, strconv.Itoa(i))
		}
	}
	fmt.Println(len(ps), strings.Join(ps[:15], " "), "...", ps[len(ps)-1])
	fmt.Println(201-comp.Count(), len(comp), comp[0]&0xff)
	for _, n := range []uint64{360, 97, 1 << 20, 600851475143, 1} {
		fmt.Println(n, factor(n))
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	best, bestN := 0, 0
	for n := 1; n < 1000; n++ {
		if s, _ := collatz(n); s > best {
			best, bestN = s, n
		}
	}
	_, peak := collatz(bestN)
	fmt.Println("collatz", bestN, best, peak)
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	var z int32 = math.MaxInt32
	z *= 2
	var u uint = 0
	u--
	fmt.Println(x, y, z, u, -7/2, -7%2, 7>>1, -7>>1, 1<<3|1, 6&^3, ^5, ^uint8(5))
	fmt.Println(Small, Third, Big/Big, math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(bits.LeadingZeros32(1), bits.TrailingZeros(8), bits.Len(255), bits.Reverse8(1), bits.RotateLeft8(0x81, 1))
	hi, lo := bits.Mul64(1<<63, 4)
	sum, carry := bits.Add64(math.MaxUint64, 1, 0)
	fmt.Println(hi, lo, sum, carry)
	for _, base := range []int{2, 8, 16, 36} {
		fmt.Print(strconv.FormatInt(-123456, base), " ", strconv.FormatUint(1<<40, base), "; ")
	}
	fmt.Println()
	n, err := strconv.ParseInt("7fffffffffffffff0", 16, 64)
	fmt.Println(n, err)
	n2, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(n2, err)
	n3, err := strconv.ParseInt("0x1F", 0, 8)
	fmt.Println(n3, err)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.RoundToEven(2.5), math.Mod(7, -3), math.Remainder(7, 3))
	fmt.Println(math.Inf(1), -math.Inf(1), math.NaN(), math.MaxFloat64, math.SmallestNonzeroFloat64, float32(0.1), 0.1+0.2)
	fmt.Println(math.Log2(1024), math.Log10(0.001), math.Cbrt(27), math.Exp(1), math.Atan2(1, -1), math.Sin(math.Pi))
	f := 1e100
	fmt.Println(int64(float64(1<<53)+1), float64(int64(1)<<62), f, int(f/f*3.99), int(-f/f*3.99), uint8(int(300)&0xff))
	fmt.Printf("%.0f %.1f %.2f %.3f %v %v\n", 0.5, 0.25, 1.005, 2.0005, 1e20, 1e21)
	var total float32
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, float64(total), total == 1, strconv.FormatFloat(float64(total), 'f', -1, 32))
}
