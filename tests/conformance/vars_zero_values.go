package main

import "fmt"

var pi int
var pb bool
var ps string
var pe error
var pa any
var pf func()
var pl []int

func main() {
	var i int
	var b bool
	var s string
	var e error
	var a any
	var f func() int
	var l []string
	fmt.Println(i, b, "["+s+"]", e, a, f == nil, l, len(l), l == nil)
	fmt.Println(pi, pb, "["+ps+"]", pe, pa, pf == nil, pl == nil)
	i, b, s = 1, true, "set"
	fmt.Println(i, b, s)
}
