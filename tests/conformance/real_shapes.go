package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Point struct{ X, Y float64 }

func (p Point) Add(q Point) Point      { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(f float64)       { p.X *= f; p.Y *= f }
func (p Point) String() string         { return fmt.Sprintf("(%g,%g)", p.X, p.Y) }
func (p Point) Dist(q Point) float64   { return math.Hypot(q.X-p.X, q.Y-p.Y) }

type base struct {
	Origin Point
	label  string
}

func (b *base) Move(d Point) { b.Origin = b.Origin.Add(d) }
func (b base) Label() string { return b.label }

type Circle struct {
	base
	R float64
}

type Rect struct {
	base
	W, H float64
}

type Polygon struct {
	*base
	Pts []Point
}

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c Circle) String() string     { return fmt.Sprintf("Circle%v r=%.1f", c.Origin, c.R) }
func (r *Rect) Area() float64       { return r.W * r.H }
func (r *Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (r *Rect) String() string      { return fmt.Sprintf("Rect%v %gx%g", r.Origin, r.W, r.H) }

func (p Polygon) Area() float64 {
	s := 0.0
	for i := range p.Pts {
		j := (i + 1) % len(p.Pts)
		s += p.Pts[i].X*p.Pts[j].Y - p.Pts[j].X*p.Pts[i].Y
	}
	return math.Abs(s) / 2
}

func (p Polygon) Perimeter() (total float64) {
	for i, pt := range p.Pts {
		total += pt.Dist(p.Pts[(i+1)%len(p.Pts)])
	}
	return
}

var ErrDegenerate = errors.New("degenerate shape")

type ShapeError struct {
	Shape Shape
	Err   error
}

func (e ShapeError) Error() string { return fmt.Sprintf("%T: %v", e.Shape, e.Err) }
func (e ShapeError) Unwrap() error { return e.Err }

func validate(s Shape) error {
	if s.Area() <= 0 {
		return ShapeError{s, ErrDegenerate}
	}
	return nil
}

func describe(s Shape) string {
	var kind string
	switch v := s.(type) {
	case Circle:
		kind = "circle of radius " + fmt.Sprint(v.R)
	case *Rect:
		if v.W == v.H {
			kind = "square"
		} else {
			kind = "rectangle"
		}
	case Polygon:
		kind = fmt.Sprintf("%d-gon", len(v.Pts))
	default:
		kind = "unknown"
	}
	if n, ok := s.(Named); ok {
		kind += " [" + n.String() + "]"
	}
	return kind
}

func main() {
	shapes := []Shape{
		Circle{base{Point{0, 0}, "c1"}, 2},
		&Rect{base{Point{1, 1}, "r1"}, 3, 4},
		&Rect{base{Point{0, 0}, "sq"}, 2, 2},
		Polygon{&base{label: "tri"}, []Point{{0, 0}, {4, 0}, {0, 3}}},
		Circle{R: 0},
		Polygon{&base{}, []Point{{1, 1}, {2, 2}, {3, 3}}},
	}
	sort.SliceStable(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for i, s := range shapes {
		err := validate(s)
		fmt.Printf("%d %-40s A=%7.3f P=%7.3f err=%v deg=%t\n", i, describe(s), s.Area(), s.Perimeter(), err, errors.Is(err, ErrDegenerate))
	}
	r := shapes[len(shapes)-2].(*Rect)
	r.Move(Point{10, -1})
	move := r.Move
	move(Point{1, 1})
	fmt.Println(r, r.Label(), r.base.label, *r)
	c := Circle{R: 1}
	c.Move(Point{5, 5})
	fmt.Println(c, c.Origin, &c.Origin)
	p := Point{3, 4}
	p.Scale(2)
	pp := &p
	pp.Scale(0.5)
	fmt.Println(p, *pp, pp.Add(Point{1, 1}), p.Dist(Point{}))
	fmt.Printf("%v %+v %s %T\n", p, p, pp, pp)
	scale := (*Point).Scale
	add := Point.Add
	scale(&p, 10)
	fmt.Println(add(p, Point{0.5, 0.5}))
	var s Shape
	fmt.Println(s == nil, s)
	var rp *Rect
	s = rp
	fmt.Println(s == nil, s != nil)
	pts := map[Point]string{{1, 2}: "a", {0, 0}: "o", {-1, 5}: "z"}
	fmt.Println(pts, pts[Point{1, 2}], len(pts))
	arr := [3]Point{{1, 1}}
	arr2 := arr
	arr2[0].X = 9
	fmt.Println(arr, arr2, arr == arr2, arr[1] == Point{})
	tags := []string{}
	for _, sh := range shapes {
		if l, ok := sh.(interface{ Label() string }); ok {
			tags = append(tags, strings.ToUpper(l.Label()+"!"))
		}
	}
	fmt.Printf("%q\n", tags)
}
