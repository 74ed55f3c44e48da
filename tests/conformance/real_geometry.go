// Geometry: shapes behind interfaces, embedded interfaces, type switches
// and float formatting including NaN, Inf and negative zero.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type NamedShape interface {
	Shape
	Named
}

type Circle struct{ R float64 }
type Rect struct{ W, H float64 }
type Triangle struct{ A, B, C float64 }
type Polygon struct {
	label string
	pts   [][2]float64
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) Name() string       { return "circle" }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r *Rect) Scale(f float64)   { r.W *= f; r.H *= f }

func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }
func (t Triangle) Name() string       { return "triangle" }

func (p *Polygon) Area() float64 {
	sum := 0.0
	n := len(p.pts)
	for i := range p.pts {
		j := (i + 1) % n
		sum += p.pts[i][0]*p.pts[j][1] - p.pts[j][0]*p.pts[i][1]
	}
	return math.Abs(sum) / 2
}
func (p *Polygon) Perimeter() float64 {
	total := 0.0
	for i := range p.pts {
		a, b := p.pts[i], p.pts[(i+1)%len(p.pts)]
		total += math.Hypot(b[0]-a[0], b[1]-a[1])
	}
	return total
}
func (p *Polygon) Name() string { return p.label }

func describe(s Shape) string {
	name := fmt.Sprintf("%T", s)
	if n, ok := s.(Named); ok {
		name = n.Name()
	}
	switch v := s.(type) {
	case Circle:
		return fmt.Sprintf("%s r=%g", name, v.R)
	case Rect, *Rect:
		return fmt.Sprintf("%s %v", name, v)
	case *Polygon:
		return fmt.Sprintf("%s with %d points", name, len(v.pts))
	default:
		return name
	}
}

func main() {
	shapes := []Shape{
		Circle{1}, Rect{3, 4}, Triangle{3, 4, 5}, &Polygon{"square", [][2]float64{{0, 0}, {2, 0}, {2, 2}, {0, 2}}},
		Circle{0.5}, &Rect{1, 1}, Triangle{1, 1, 3},
		&Polygon{"hex", [][2]float64{{1, 0}, {0.5, 0.866}, {-0.5, 0.866}, {-1, 0}, {-0.5, -0.866}, {0.5, -0.866}}},
	}
	for i, s := range shapes {
		fmt.Printf("%d %-28s area=%.3f perim=%g sci=%e\n", i, describe(s), s.Area(), s.Perimeter(), s.Area())
	}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Printf("%8.4f %T\n", s.Area(), s)
	}
	var ns NamedShape = Circle{2}
	var sh Shape = ns
	_, isNamed := sh.(NamedShape)
	_, isRect := sh.(Rect)
	fmt.Println(ns.Name(), isNamed, isRect)

	r := Rect{2, 5}
	r.Scale(1.5)
	pr := &r
	pr.Scale(2)
	fmt.Println(r, *pr, r.Area(), pr.Perimeter())

	fmt.Printf("%v %.2f %g %e %E %G\n", math.Pi, math.Pi, math.Pi, math.Pi, 1e21, 1e-7)
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Hypot(3, 4), math.Hypot(math.Inf(-1), math.NaN()))
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)
	fmt.Println(nan, inf, -inf, negz, 1/negz, nan == nan, inf > math.MaxFloat64)
	fmt.Printf("%f %.1f %g %v %+v %08.3f %-8.2f| %x\n", nan, inf, negz, -inf, inf, -3.14159, 2.5, 1.0)
	fmt.Printf("%6.2f|%-6.1f|%+.0f|%.0f|%.0f|%g|%g\n", 1.005, 9.96, 2.5, 0.5, 1.5, 100000.0, 1000000.0)
	fmt.Println(float32(0.1), 0.1+0.2, float32(1)/3, 1e100, 123456789.0, 1e-5, math.SmallestNonzeroFloat64)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.Mod(-7, 3), math.Remainder(7, 3))
	fmt.Println(math.IsNaN(nan), math.IsInf(-inf, -1), math.Signbit(negz), math.Signbit(0), math.Max(nan, 1), math.Min(-0.0, negz))
	var zero float64
	fmt.Println(zero/zero == zero/zero, int64(math.Float64bits(negz)>>63), math.Float64frombits(0x7FF0000000000000))
	angles := []float64{0, 30, 45, 90, 180}
	for _, a := range angles {
		rad := a * math.Pi / 180
		fmt.Printf("%5.1f° sin=%.4f cos=%.4f atan2=%.4f\n", a, math.Sin(rad), math.Cos(rad), math.Atan2(math.Sin(rad), math.Cos(rad)))
	}
}
