// Heap records taken in a loop with many values live across the pool refill (whose stub
// preserves every register), in several size classes, run LIFO at the exit.
package main

var total int

func add(a, b, c, d, e, f, g, h int) { total += a + 2*b + 3*c + 4*d + 5*e + 6*f + 7*g + 8*h }

func loop(n int) (r int) {
	a, b, c, d, e, f, g, h := 1, 2, 3, 4, 5, 6, 7, 8
	s := []int{1, 2, 3}
	str := "x"
	for i := 0; i < n; i++ {
		a, b, c, d, e, f, g, h = b+i, c^i, d-i, e*3, f+g, g-h, h+a, a^b
		s = append(s, a)
		str = str + "y"
		switch i % 4 {
		case 0:
			defer add(a, b, c, d, e, f, g, h)
		case 1:
			defer func() { total += a }()
		case 2:
			defer func(x, y, z int) { total += x*y - z + len(s) }(a, b, c)
		default:
			defer func(p, q string) { total += len(p) + len(q) }(str, str+str)
		}
		r += a + b + c + d + e + f + g + h + len(s) + len(str)
	}
	return r
}

func main() {
	for k := 0; k < 5; k++ {
		println(loop(50+k*37), total)
	}
}
