package main

import "fmt"

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func (c *Celsius) Warm(d Celsius) { *c += d }

func (c Celsius) Half() Celsius { return c / 2 }

type Gain float32

func (g *Gain) Double() *Gain { *g *= 2; return g }

func (g Gain) Apply(x float32) float32 { return float32(g) * x }

type Vec struct {
	X, Y float64
}

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

func (v *Vec) Scale(k float64) { v.X *= k; v.Y *= k }

type Sample struct {
	Label string
	V     float32
}

func main() {
	c := Celsius(100)
	fmt.Println(c.F(), c.Half(), c.Half().Half().F())
	c.Warm(-37.5)
	fmt.Println(c, c.F())
	pc := &c
	pc.Warm(0.5)
	fmt.Println(*pc, pc.Half())
	f := c.F
	h := Celsius.Half
	w := (*Celsius).Warm
	c = 10
	w(&c, 2.5)
	fmt.Println(f(), h(c), c)
	var g Gain = 0.75
	g.Double().Double()
	fmt.Println(g, g.Apply(0.1), Gain(0.1).Apply(3))
	zero := 0.0
	nan := zero / zero
	v1 := Vec{1, 2}
	v2 := Vec{0.5, 1.5}
	fmt.Println(v1.Add(v2), v1.Add(v2) == Vec{1.5, 3.5}, v1 == v2)
	v3 := Vec{zero, 1}
	v4 := Vec{-zero, 1}
	fmt.Println(v3 == v4, v3, v4)
	vn := Vec{nan, 1}
	vn2 := vn
	fmt.Println(vn == vn2, vn != vn2, vn == vn)
	vp := &v1
	vp.Scale(0.1)
	v1.Scale(10)
	fmt.Println(v1, *vp, v1 == Vec{1, 2})
	a1 := [3]float64{0.1, 0.2, 0.3}
	a2 := [3]float64{0.1, 0.2, 0.1 + 0.2}
	x, y := 0.1, 0.2
	a3 := [3]float64{0.1, 0.2, x + y}
	fmt.Println(a1 == a2, a1 == a3, [2]float32{0.1, 0} == [2]float32{float32(x), float32(-zero)})
	an := [2]float64{nan, 0}
	fmt.Println(an == an, an != an)
	m := map[Vec]string{}
	m[Vec{1, 2}] = "a"
	m[Vec{zero, 0}] = "origin"
	m[Vec{-zero, -zero}] += "!"
	m[vn] = "nan1"
	m[vn] = "nan2"
	fmt.Println(len(m), m[Vec{0, 0}], m[Vec{1, 2}], m[vn] == "")
	ms := map[Sample]int{{"a", 0.1}: 1, {"a", 0.2}: 2}
	ms[Sample{"a", float32(x)}] += 10
	fmt.Println(ms[Sample{"a", 0.1}], len(ms), ms)
	ma := map[[2]float64]int{{1, 2}: 3}
	ma[[2]float64{0.5 + 0.5, 2}]++
	fmt.Println(ma)
	cs := []Celsius{1, 2.5}
	cs[1].Warm(1)
	fmt.Println(cs, cs[1].Half())
}
