package main

import "fmt"

type V struct {
	n  int
	xs []int
}

func (v V) Show(tag string)  { fmt.Println(tag, v.n, v.xs) }
func (v *V) PShow(tag string) { fmt.Println(tag, v.n, v.xs) }
func (v *V) Inc()             { v.n++ }

func show(v V) { fmt.Println("fn", v.n, v.xs) }

func main() {
	v := V{1, []int{1}}
	defer show(v)
	defer v.Show("val")
	defer v.PShow("ptr")
	defer v.Inc()
	defer fmt.Println("println", v)
	p := &v
	defer p.Show("pval")
	v.n = 50
	v.xs[0] = 9
	v.xs = append(v.xs, 2)
	m := v.Show
	v.n = 60
	m("mv")
	pm := v.PShow
	v.n = 70
	pm("pmv")
}
