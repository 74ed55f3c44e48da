package main

import "fmt"

type Point struct{ x, y int }
type Tagged struct {
	tag string
	p   Point
}

func describe(v any) string {
	if p, ok := v.(Point); ok {
		if p.x == p.y {
			return "diagonal point"
		}
		return "point"
	}
	if _, ok := v.(Tagged); ok {
		return "tagged"
	}
	return "other"
}

func main() {
	p := Point{1, 2}
	var a any = p
	p.x = 50
	fmt.Println("boxed copy:", a, p)
	q := a.(Point)
	q.y = 99
	fmt.Println("unboxed copy:", q, a)
	vals := []any{Point{3, 3}, Tagged{"t", Point{1, 1}}, 7, "s", Point{}}
	for i, v := range vals {
		fmt.Println(i, describe(v), v)
	}
	fmt.Println("compare boxed:", vals[0] == Point{3, 3}, vals[4] == Point{}, vals[1] == any(Point{1, 1}))
	t := vals[1].(Tagged)
	fmt.Println(t.tag, t.p.x)
	var holder struct{ v any }
	holder.v = Tagged{"inner", Point{5, 6}}
	fmt.Println(holder, holder.v.(Tagged).p.y)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	bad := vals[2].(Point)
	fmt.Println("not reached", bad)
}
