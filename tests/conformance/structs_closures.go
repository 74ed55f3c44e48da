package main

import "fmt"

type Acc struct {
	name  string
	total int
}

func main() {
	acc := Acc{"main", 0}
	add := func(n int) {
		acc.total += n
	}
	add(3)
	add(4)
	fmt.Println("by reference:", acc)
	snapshot := acc
	get := func() Acc { return snapshot }
	acc.total = 100
	fmt.Println("snapshot copy:", get(), "live:", acc)
	snapshot.name = "renamed"
	fmt.Println("closure sees snapshot var:", get())
	var fns []func() int
	for i := 0; i < 3; i++ {
		a := Acc{total: i * 10}
		fns = append(fns, func() int {
			a.total++
			return a.total
		})
	}
	fmt.Println(fns[0](), fns[0](), fns[1](), fns[2]())
	makeAcc := func(name string) (func(int), func() Acc) {
		var a Acc
		a.name = name
		return func(n int) { a.total += n }, func() Acc { return a }
	}
	inc, read := makeAcc("pair")
	inc(2)
	r1 := read()
	inc(5)
	fmt.Println(r1, read())
	defer fmt.Println("deferred value arg:", acc)
	defer func() { fmt.Println("deferred closure:", acc) }()
	defer func() {
		if r := recover(); r != nil {
			acc.total = -1
			fmt.Println("recovered:", r)
		}
	}()
	acc.name = "changed"
	panic(acc)
}
