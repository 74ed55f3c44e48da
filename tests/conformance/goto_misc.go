package main

import "fmt"

type T struct{ n int }

func (t *T) step() (r int) {
	if t.n > 5 {
		goto big
	}
	t.n *= 2
	if t.n > 4 {
		return t.n + 100
	}
	return t.n
big:
	r = -t.n
	return
}

func emptyLabel(x int) int {
	if x > 0 {
		x *= 3
		if x > 10 {
			goto end
		}
		x++
	end:
	}
	return x
}

func sameNames() int {
	x, y := 1, 2
	goto y
x:
	x += 10
	goto T
y:
	y += x
	goto x
T:
	return x*100 + y
}

func main() {
	t := &T{1}
	for i := 0; i < 5; i++ {
		fmt.Print(t.step(), " ")
	}
	fmt.Println()
	fmt.Println(emptyLabel(-1), emptyLabel(2), emptyLabel(5))
	fmt.Println(sameNames())
	{
		x := 1
		if x == 1 {
			goto x
		}
		x = 2
	x:
		fmt.Println("label x, var x:", x)
	}
	f := func(n int) (out int) {
	again:
		if n > 0 {
			out += n
			n--
			goto again
		}
		return
	}
	rounds := 0
again:
	rounds++
	fmt.Println("round", rounds, f(rounds))
	if rounds < 3 {
		goto again
	}
}
