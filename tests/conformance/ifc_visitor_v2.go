package main

import "fmt"

type Expr interface {
	Eval() int
	Show() string
}

type Num struct{ v int }
type Add struct{ l, r Expr }
type Mul struct{ l, r Expr }
type Neg struct{ e Expr }

func (n Num) Eval() int     { return n.v }
func (n Num) Show() string  { return "n" }
func (a *Add) Eval() int    { return a.l.Eval() + a.r.Eval() }
func (a *Add) Show() string { return "(" + a.l.Show() + "+" + a.r.Show() + ")" }
func (m Mul) Eval() int     { return m.l.Eval() * m.r.Eval() }
func (m Mul) Show() string  { return m.l.Show() + "*" + m.r.Show() }
func (n Neg) Eval() int     { return -n.e.Eval() }
func (n Neg) Show() string  { return "-" + n.e.Show() }

func count(e Expr) int {
	switch x := e.(type) {
	case Num:
		return 1
	case *Add:
		return 1 + count(x.l) + count(x.r)
	case Mul:
		return 1 + count(x.l) + count(x.r)
	case Neg:
		return 1 + count(x.e)
	}
	return 0
}

func main() {
	e := Mul{&Add{Num{2}, Num{3}}, Neg{Num{4}}}
	fmt.Println(e.Eval(), e.Show(), count(e))
	var x Expr = Neg{e}
	fmt.Println(x.Eval(), count(x))
	defer func() {
		fmt.Println("recovered", recover())
	}()
	var ne Expr
	var bad Expr = &Add{Num{1}, ne}
	fmt.Println(bad.Show())
}
