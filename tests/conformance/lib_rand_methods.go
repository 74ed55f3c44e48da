package main

import (
	"fmt"
	"math"
	"math/rand"
)

var seeds = []int64{0, 1, -1, 42, 1 << 40, math.MinInt64}

func main() {
	for _, seed := range seeds {
		r := rand.New(rand.NewSource(seed))
		fmt.Printf("== seed %d\n", seed)
		fmt.Println("Int63", r.Int63(), r.Int63())
		fmt.Println("Uint32", r.Uint32(), r.Uint32())
		fmt.Println("Uint64", r.Uint64(), r.Uint64())
		fmt.Println("Int31", r.Int31(), r.Int31())
		fmt.Println("Int", r.Int(), r.Int())
		fmt.Print("Int63n")
		for _, n := range []int64{1, 2, 3, 10, 64, 1000, 1<<31 + 1, 1 << 40, 1<<62 + 1, math.MaxInt64, 3 << 61} {
			fmt.Print(" ", r.Int63n(n))
		}
		fmt.Println()
		fmt.Print("Int31n")
		for _, n := range []int32{1, 2, 3, 7, 10, 256, 1000, 1<<30 + 1, 1 << 30, math.MaxInt32, 1<<31 - 2} {
			fmt.Print(" ", r.Int31n(n))
		}
		fmt.Println()
		fmt.Print("Intn")
		for _, n := range []int{1, 2, 6, 100, 1 << 20, 1<<31 - 1, 1 << 31, 1<<31 + 5, 1 << 50, math.MaxInt} {
			fmt.Print(" ", r.Intn(n))
		}
		fmt.Println()
		fmt.Print("Float64")
		for i := 0; i < 5; i++ {
			fmt.Print(" ", r.Float64())
		}
		fmt.Println()
		fmt.Print("Float32")
		for i := 0; i < 5; i++ {
			fmt.Print(" ", r.Float32())
		}
		fmt.Println()
		for _, n := range []int{0, 1, 2, 5, 20} {
			fmt.Println("Perm", n, r.Perm(n))
		}
		for _, n := range []int{0, 1, 2, 3, 10} {
			s := make([]int, n)
			for i := range s {
				s[i] = i * 10
			}
			r.Shuffle(n, func(i, j int) { s[i], s[j] = s[j], s[i] })
			fmt.Println("Shuffle", n, s)
		}
		words := []string{"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"}
		var calls []string
		r.Shuffle(len(words), func(i, j int) {
			calls = append(calls, fmt.Sprintf("%d<->%d", i, j))
			words[i], words[j] = words[j], words[i]
		})
		fmt.Println("Shuffle words", words, calls)
		fmt.Print("Norm")
		for i := 0; i < 8; i++ {
			fmt.Print(" ", r.NormFloat64())
		}
		fmt.Println()
		fmt.Print("Exp")
		for i := 0; i < 8; i++ {
			fmt.Print(" ", r.ExpFloat64())
		}
		fmt.Println()
		for _, n := range []int{0, 1, 3, 7, 8, 13, 20} {
			b := make([]byte, n)
			k, err := r.Read(b)
			fmt.Printf("Read %d: %d %v %x\n", n, k, err, b)
		}
		// Seed drops the bytes Read had left over.
		b := make([]byte, 3)
		r.Read(b)
		r.Seed(seed)
		b = make([]byte, 9)
		r.Read(b)
		fmt.Printf("Read after Seed: %x, next Int63 %d\n", b, r.Int63())
	}

	// Every strip of the ziggurats over a longer stream.
	r := rand.New(rand.NewSource(2024))
	var nsum, esum float64
	nmin, nmax := 0.0, 0.0
	for i := 0; i < 20000; i++ {
		n := r.NormFloat64()
		e := r.ExpFloat64()
		nsum += n
		esum += e
		nmin = math.Min(nmin, n)
		nmax = math.Max(nmax, n)
	}
	fmt.Println("norm/exp sums", nsum, esum, nmin, nmax)
}
