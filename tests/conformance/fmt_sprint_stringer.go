package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	case 2:
		return "blue"
	}
	return "color(" + fmt.Sprint(int(c)) + ")"
}

type Temp float64

func (t Temp) String() string { return fmt.Sprint(float64(t)) + "C" }

type Pt struct{ X, Y int }

func (p *Pt) String() string { return "Pt<" + fmt.Sprint(p.X) + "," + fmt.Sprint(p.Y) + ">" }

type Val struct{ N int }

func (v Val) String() string { return "Val#" + fmt.Sprint(v.N) }

type Both struct{}

func (Both) String() string { return "as-string" }
func (Both) Error() string  { return "as-error" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "myerr " + fmt.Sprint(e.Code) }

type VErr struct{ msg string }

func (v VErr) Error() string { return "VErr:" + v.msg }

type Label string

func (l Label) String() string { return "<" + string(l) + ">" }

type Holder struct {
	Pub  Color
	priv Color
	V    Val
	v    Val
}

type List []Color

func (l List) String() string { return "list of " + fmt.Sprint(len(l)) }

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &MyErr{code}
}

func main() {
	fmt.Println(fmt.Sprint(Color(0), Color(1), Color(2), Color(9)))
	fmt.Println(fmt.Sprintln(Color(1), "and", Color(2)))
	fmt.Println(fmt.Sprint(Temp(21.5), Temp(-3)))
	fmt.Println(fmt.Sprint([]Color{0, 1, 2}))
	fmt.Println(fmt.Sprint(map[Color]int{2: 20, 0: 0, 1: 10}))
	fmt.Println(fmt.Sprint(map[string]Color{"a": 1, "b": 2}))
	p := Pt{3, 4}
	fmt.Println(fmt.Sprint(&p))
	fmt.Println(fmt.Sprint(p))
	fmt.Println(fmt.Sprint(Val{7}, &Val{8}))
	fmt.Println(fmt.Sprint([]Val{{1}, {2}}))
	fmt.Println(fmt.Sprint([]*Pt{&p}))
	fmt.Println(fmt.Sprint(Both{}))
	fmt.Println(fmt.Sprint(&MyErr{42}))
	fmt.Println(fmt.Sprint(find(3), find(0)))
	var err error = &MyErr{5}
	fmt.Println(fmt.Sprint(err))
	fmt.Println(fmt.Sprint(Label("x"), Label("y")))
	fmt.Println(fmt.Sprint(Label("x"), 1, Label("y")))
	fmt.Println(fmt.Sprint(Color(1), Color(2), "s", Color(0)))
	fmt.Println(fmt.Sprint(Holder{1, 2, Val{3}, Val{4}}))
	fmt.Println(fmt.Sprint(&Holder{Pub: 2}))
	fmt.Println(fmt.Sprint(List{0, 1}))
	fmt.Println(fmt.Sprint([]List{{0}, {1, 2}}))
	fmt.Println(fmt.Sprint(struct{ E error }{errors.New("inner")}))
	fmt.Println(fmt.Sprint(struct{ e error }{VErr{"hidden"}}))
	fmt.Println(fmt.Sprint(struct{ E error }{VErr{"shown"}}))
	fmt.Println(fmt.Sprint(struct{ e interface{} }{Color(1)}, struct{ E interface{} }{Color(1)}))
	var s interface{ String() string } = Color(2)
	fmt.Println(fmt.Sprint(s))
	var ifs []interface{}
	ifs = append(ifs, Color(0), Val{1}, &p, Label("l"), err, nil)
	fmt.Println(fmt.Sprint(ifs...))
	fmt.Println(fmt.Sprintln(ifs...))
	fmt.Println(fmt.Sprint(ifs))
	for i := Color(0); i < 4; i++ {
		fmt.Println(i, fmt.Sprint(i), fmt.Sprint(int(i)))
	}
}
