package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Matrix struct {
	rows, cols int
	data       [][]float64
}

type DimError struct {
	Op         string
	R1, C1     int
	R2, C2     int
}

func (e DimError) Error() string {
	return fmt.Sprintf("%s: dimension mismatch %dx%d vs %dx%d", e.Op, e.R1, e.C1, e.R2, e.C2)
}

var ErrSingular = errors.New("matrix is singular")

func New(r, c int, vals ...float64) *Matrix {
	m := &Matrix{rows: r, cols: c, data: make([][]float64, r)}
	for i := range m.data {
		m.data[i] = make([]float64, c)
		for j := range m.data[i] {
			if k := i*c + j; k < len(vals) {
				m.data[i][j] = vals[k]
			}
		}
	}
	return m
}

func Identity(n int) *Matrix {
	m := New(n, n)
	for i := 0; i < n; i++ {
		m.data[i][i] = 1
	}
	return m
}

func (m *Matrix) At(i, j int) float64 { return m.data[i][j] }

func (m Matrix) Dims() (int, int) { return m.rows, m.cols }

func (m *Matrix) Mul(o *Matrix) (*Matrix, error) {
	if m.cols != o.rows {
		return nil, DimError{"mul", m.rows, m.cols, o.rows, o.cols}
	}
	out := New(m.rows, o.cols)
	for i := 0; i < m.rows; i++ {
		for j := 0; j < o.cols; j++ {
			var s float64
			for k := 0; k < m.cols; k++ {
				s += m.data[i][k] * o.data[k][j]
			}
			out.data[i][j] = s
		}
	}
	return out, nil
}

func (m *Matrix) T() *Matrix {
	out := New(m.cols, m.rows)
	for i, row := range m.data {
		for j, v := range row {
			out.data[j][i] = v
		}
	}
	return out
}

func (m *Matrix) Inverse() (*Matrix, error) {
	if m.rows != m.cols {
		return nil, DimError{"inverse", m.rows, m.cols, m.cols, m.rows}
	}
	n := m.rows
	a := New(n, 2*n)
	for i := 0; i < n; i++ {
		copy(a.data[i], m.data[i])
		a.data[i][n+i] = 1
	}
	for col := 0; col < n; col++ {
		piv := col
		for r := col + 1; r < n; r++ {
			if math.Abs(a.data[r][col]) > math.Abs(a.data[piv][col]) {
				piv = r
			}
		}
		if math.Abs(a.data[piv][col]) < 1e-12 {
			return nil, fmt.Errorf("inverse of %dx%d: %w", n, n, ErrSingular)
		}
		a.data[col], a.data[piv] = a.data[piv], a.data[col]
		p := a.data[col][col]
		for j := range a.data[col] {
			a.data[col][j] /= p
		}
		for r := 0; r < n; r++ {
			if r == col {
				continue
			}
			f := a.data[r][col]
			for j := range a.data[r] {
				a.data[r][j] -= f * a.data[col][j]
			}
		}
	}
	out := New(n, n)
	for i := range out.data {
		out.data[i] = a.data[i][n:]
	}
	return out, nil
}

func (m *Matrix) String() string {
	var sb strings.Builder
	for i, row := range m.data {
		if i > 0 {
			sb.WriteByte('\n')
		}
		sb.WriteString("|")
		for _, v := range row {
			if v == 0 {
				v = 0 // normalize -0
			}
			fmt.Fprintf(&sb, "%9.4f", v)
		}
		sb.WriteString(" |")
	}
	return sb.String()
}

func main() {
	a := New(2, 3, 1, 2, 3, 4, 5, 6)
	b := New(3, 2, 7, 8, 9, 10, 11, 12)
	c, err := a.Mul(b)
	fmt.Println(c, err)
	fmt.Println(a.T())
	_, err = a.Mul(a)
	var de DimError
	fmt.Println(err, errors.As(err, &de), de.Op, de.C1)
	m := New(3, 3, 4, 7, 2, 3, 6, 1, 2, 5, 3)
	inv, err := m.Inverse()
	fmt.Println(inv, err)
	id, _ := m.Mul(inv)
	fmt.Printf("%.6v\n", id.data)
	for i := range id.data {
		for j := range id.data[i] {
			id.data[i][j] = math.Round(id.data[i][j]*1e9) / 1e9
		}
	}
	fmt.Println(id.data, Identity(3).data)
	_, err = New(2, 2, 1, 2, 2, 4).Inverse()
	fmt.Println(err, errors.Is(err, ErrSingular))
	r, cc := a.Dims()
	fmt.Printf("%dx%d %v %T\n", r, cc, a.At(1, 2), a.data)
	grid := [][]string{{"a", "b"}, {}, {"c"}}
	grid[1] = append(grid[1], "z", "y")
	fmt.Println(grid, len(grid[1]), cap(grid[2]))
	fmt.Printf("%v|%6.2f|%e|%g|%08.3f|%+.1f\n", math.Sqrt2, math.Pi, 123456.789, 1e21, -3.14159, 2.25)
}
