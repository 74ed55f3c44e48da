package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) String() string   { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx, dy int) { p.X += dx; p.Y += dy }
func (p Point) Dist() int        { return abs(p.X) + abs(p.Y) }

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

type Named struct {
	Name string
	ID   int
}

func (n Named) Describe() string { return fmt.Sprintf("%s#%d", n.Name, n.ID) }
func (n Named) Kind() string     { return "named" }

// Sprite embeds a value and a pointer; Kind is shadowed, ID appears at two depths.
type Sprite struct {
	Point
	*Named
	ID    string
	Layer int
}

func (s Sprite) Kind() string { return "sprite/" + s.Named.Kind() }

type Tagged struct{ Tag string }
type Labeled struct{ Tag string }

// Both embedded structs have Tag at the same depth: s.Tag would be ambiguous.
type Both struct {
	Tagged
	Labeled
}

type Pair struct {
	A, B int
	S    string
}

type Anon struct {
	Inner struct {
		N    int
		List []string
	}
	Fn func(int) int
}

func main() {
	s := Sprite{Point: Point{1, 2}, Named: &Named{"hero", 7}, ID: "s-1", Layer: 3}
	fmt.Println(s.X, s.Y, s.Name, s.ID, s.Named.ID, s.Layer)
	s.Move(3, 4) // promoted through the embedded value: &s.Point
	fmt.Println("moved:", s.Point, s.Dist(), s.Describe(), s.Kind())

	other := s // copies Point, shares *Named
	other.Move(-10, 0)
	other.Name = "villain"
	fmt.Println(s.Point, other.Point, s.Name, other.Name)

	fmt.Printf("%v | %+v\n", s.Point, Pair{1, 2, "x"})
	fmt.Println(Pair{1, 2, "x"} == Pair{A: 1, B: 2, S: "x"}, Pair{} == Pair{S: ""})

	var b Both
	b.Tagged.Tag = "t"
	b.Labeled.Tag = "l"
	fmt.Println(b.Tagged.Tag + b.Labeled.Tag)

	var a Anon
	a.Inner.N = 5
	a.Inner.List = append(a.Inner.List, "q")
	a.Fn = func(x int) int { return x * a.Inner.N }
	fmt.Println(a.Inner.N, a.Inner.List, a.Fn(3))

	anon := struct {
		Point
		Note string
	}{Point{9, 9}, "anonymous"}
	anon.Move(1, 1)
	fmt.Println(anon.Point, anon.Note, anon.String())

	pts := []Point{{1, 1}, {2, 2}}
	for _, p := range pts {
		p.Move(100, 100) // moves the copy
	}
	for i := range pts {
		pts[i].Move(1, 0)
	}
	fmt.Println(pts)

	pp := &pts[0]
	pp.Y = 42
	fmt.Println(pts[0], (*pp).X, pp.Dist())

	var noName Sprite
	noName.Layer = 1
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		println("promotion through nil embedded pointer panicked")
	}()
	fmt.Println("layer", noName.Layer, "point", noName.Point)
	fmt.Println(noName.Name) // the embedded *Named is nil
}
