package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Matrix struct {
	r, c int
	d    []float64
}

func New(r, c int) *Matrix { return &Matrix{r, c, make([]float64, r*c)} }

func (m *Matrix) At(i, j int) float64     { return m.d[i*m.c+j] }
func (m *Matrix) Set(i, j int, v float64) { m.d[i*m.c+j] = v }

func (m *Matrix) String() string {
	s := ""
	for i := 0; i < m.r; i++ {
		for j := 0; j < m.c; j++ {
			s += fmt.Sprintf("%8.2f", m.At(i, j))
		}
		s += "\n"
	}
	return s
}

func MulSeq(a, b *Matrix) *Matrix {
	out := New(a.r, b.c)
	for i := 0; i < a.r; i++ {
		for j := 0; j < b.c; j++ {
			var s float64
			for k := 0; k < a.c; k++ {
				s += a.At(i, k) * b.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func MulPar(a, b *Matrix, workers int) (*Matrix, int64) {
	if a.c != b.r {
		panic(fmt.Sprintf("dimension mismatch: %dx%d * %dx%d", a.r, a.c, b.r, b.c))
	}
	out := New(a.r, b.c)
	rows := make(chan int)
	var wg sync.WaitGroup
	var cells atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				for j := 0; j < b.c; j++ {
					var s float64
					for k := 0; k < a.c; k++ {
						s += a.At(i, k) * b.At(k, j)
					}
					out.Set(i, j, s)
					cells.Add(1)
				}
			}
		}()
	}
	for i := 0; i < a.r; i++ {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return out, cells.Load()
}

func fill(r, c int, f func(i, j int) float64) *Matrix {
	m := New(r, c)
	for i := 0; i < r; i++ {
		for j := 0; j < c; j++ {
			m.Set(i, j, f(i, j))
		}
	}
	return m
}

func equal(a, b *Matrix) bool {
	for i := range a.d {
		if a.d[i] != b.d[i] {
			return false
		}
	}
	return a.r == b.r && a.c == b.c
}

func main() {
	a := fill(3, 4, func(i, j int) float64 { return float64(i+1) * 0.5 * float64(j-1) })
	b := fill(4, 2, func(i, j int) float64 { return float64(i*2+j) / 3 })
	p, n := MulPar(a, b, 2)
	fmt.Print(p)
	fmt.Println("cells", n, equal(p, MulSeq(a, b)))
	for _, w := range []int{1, 3, 8, 50} {
		x := fill(37, 23, func(i, j int) float64 { return float64((i*31+j*17)%11) - 5 })
		y := fill(23, 41, func(i, j int) float64 { return float64((i*7+j*3)%13) / 4 })
		p, n := MulPar(x, y, w)
		var tr float64
		for i := 0; i < 23; i++ {
			tr += p.At(i, i)
		}
		fmt.Printf("workers=%d cells=%d equal=%v trace=%.4f corner=%.4f\n", w, n, equal(p, MulSeq(x, y)), tr, p.At(36, 40))
	}
	id := fill(3, 3, func(i, j int) float64 {
		if i == j {
			return 1
		}
		return 0
	})
	q, _ := MulPar(a.transposeish(), id, 4)
	fmt.Print(q)
	var ops atomic.Int32
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 100; k++ {
				ops.Add(1)
			}
			ops.CompareAndSwap(1000, -1)
		}()
	}
	wg.Wait()
	fmt.Println("ops", ops.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	MulPar(a, a, 2)
}

func (m *Matrix) transposeish() *Matrix {
	return fill(m.c, m.r, func(i, j int) float64 { return m.At(j, i) })
}
