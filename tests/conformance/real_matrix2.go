package main

import (
	"fmt"
	"strings"
)

type DimError string

type Matrix struct {
	rows, cols int
	data       []float64
}

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{r, c, make([]float64, r*c)}
	copy(m.data, vals)
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.Set(i, i, 1)
	}
	return m
}

func (m *Matrix) At(i, j int) float64     { return m.data[i*m.cols+j] }
func (m *Matrix) Set(i, j int, v float64) { m.data[i*m.cols+j] = v }
func (m *Matrix) Dims() (r, c int)        { return m.rows, m.cols }

func (m *Matrix) String() string {
	if m == nil {
		return "<nil matrix>"
	}
	var b strings.Builder
	for i := 0; i < m.rows; i++ {
		b.WriteString("[")
		for j := 0; j < m.cols; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%6.2f", m.At(i, j))
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func (m *Matrix) Mul(o *Matrix) *Matrix {
	if m.cols != o.rows {
		panic(DimError(fmt.Sprintf("mul %dx%d by %dx%d", m.rows, m.cols, o.rows, o.cols)))
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.At(i, k) * o.At(k, j)
			}
			out.Set(i, j, s)
		}
	}
	return out
}

func (m *Matrix) Apply(f func(i, j int, v float64) float64) *Matrix {
	out := New(m.rows, m.cols)
	for i := range m.rows {
		for j := range m.cols {
			out.Set(i, j, f(i, j, m.At(i, j)))
		}
	}
	return out
}

func (m *Matrix) T() *Matrix {
	return New(m.cols, m.rows).Apply(func(i, j int, _ float64) float64 { return m.At(j, i) })
}

func (m Matrix) Equal(o Matrix) bool {
	if m.rows != o.rows || m.cols != o.cols {
		return false
	}
	for i, v := range m.data {
		if o.data[i] != v {
			return false
		}
	}
	return true
}

func (m *Matrix) Det() float64 {
	if m.rows != m.cols {
		panic(DimError("det of non-square"))
	}
	if m.rows == 1 {
		return m.data[0]
	}
	var det float64
	sign := 1.0
	for c := 0; c < m.cols; c++ {
		minor := New(m.rows-1, m.cols-1)
		for i := 1; i < m.rows; i++ {
			k := 0
			for j := 0; j < m.cols; j++ {
				if j == c {
					continue
				}
				minor.Set(i-1, k, m.At(i, j))
				k++
			}
		}
		det += sign * m.At(0, c) * minor.Det()
		sign = -sign
	}
	return det
}

func try(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: recovered %T: %v\n", name, r, r)
		}
	}()
	fmt.Printf("%s:\n%s", name, f())
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	fmt.Print(a, b)
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	scale := a.Apply(func(i, j int, v float64) float64 { return v * float64(i+1) / 4 })
	fmt.Printf("%v", scale)
	r, c := scale.Dims()
	fmt.Println(r, c, a == a, a.Equal(*New(2, 3, 1, 2, 3, 4, 5, 6)), a.Equal(*b))
	var nilm *Matrix
	fmt.Println(nilm.String() == "<nil matrix>", nilm)
	m3 := New(3, 3, 2, -3, 1, 2, 0, -1, 1, 4, 5)
	fmt.Printf("det=%.1f det(I4)=%v\n", m3.Det(), Identity(4).Det())
	fmt.Print(m3.Mul(Identity(3)).Mul(m3))
	try("bad mul", func() string { return a.Mul(a).String() })
	try("bad det", func() string { return fmt.Sprint(a.Det()) })
	try("oob", func() string { return fmt.Sprint(a.At(5, 5)) })
	try("slice", func() string {
		row := 1
		return fmt.Sprint(a.data[row*3 : row*3+4])
	})
	try("nil receiver", func() string { return fmt.Sprint(nilm.At(0, 0)) })
	grid := [2][2]float64{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 100
	fmt.Println(grid, g2, grid == [2][2]float64{{1, 2}, {3, 4}})
	fmt.Print(New(2, 2).Mul(New(3, 1)))
}
