package main

import "fmt"

type Acc struct{ total float64 }

func (a *Acc) add(x float64) {
	if x < 0 {
		panic(x * -1.5)
	}
	a.total += x
}

func run(a *Acc, xs []float64) {
	defer fmt.Println("run deferred, total", a.total)
	defer func() {
		fmt.Println("closure sees total", a.total)
	}()
	for _, x := range xs {
		a.add(x)
	}
}

func main() {
	a := &Acc{}
	defer println("main deferred", 0.25)
	run(a, []float64{0.5, 0.25, -1, 100})
	fmt.Println("unreachable")
}
