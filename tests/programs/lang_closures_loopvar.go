package main

import "fmt"

func collect() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { // Go 1.22: each iteration has its own i
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func collectShared() []func() int {
	var fs []func() int
	i := 0
	for ; i < 3; i++ { // declared outside the loop: one shared variable
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func mutateInBody() []int {
	var out []int
	var fs []func()
	for i := 0; i < 6; i++ {
		fs = append(fs, func() { out = append(out, i) })
		i++ // modifies this iteration's copy; the next iteration starts from it
	}
	for _, f := range fs {
		f()
	}
	return out
}

func rangeCapture() string {
	var fs []func() string
	for i, s := range []string{"a", "b", "c"} {
		fs = append(fs, func() string { return fmt.Sprint(i, s) })
	}
	out := ""
	for _, f := range fs {
		out += f() + " "
	}
	return out
}

func deferInLoop() (order []int) {
	for i := range 4 {
		defer func() { order = append(order, i) }()
	}
	return nil // named result is set to nil, then the deferred calls append
}

func counter() (inc func() int, get func() int) {
	n := 0
	inc = func() int { n++; return n }
	get = func() int { return n }
	return
}

func recurse() func(int) int {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	return fact
}

func panicInClosureLoop() (msgs []string) {
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					msgs = append(msgs, fmt.Sprintf("iter %d recovered %v", i, r))
				}
			}()
			if i == 1 {
				panic(fmt.Sprint("bad iteration ", i))
			}
			msgs = append(msgs, fmt.Sprint("iter ", i, " ok"))
		}()
	}
	return msgs
}

func main() {
	for _, f := range collect() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	for _, f := range collectShared() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Println(mutateInBody())
	fmt.Println(rangeCapture())
	fmt.Println(deferInLoop())

	inc, get := counter()
	inc()
	inc()
	inc2, get2 := counter()
	inc2()
	fmt.Println(get(), get2(), inc(), get())

	fmt.Println(recurse()(10))

	x := 1
	add := func(d int) { x += d }
	show := func() int { return x }
	add(5)
	x *= 2
	fmt.Println(show(), x)

	adders := make(map[string]func(int) int)
	for _, k := range []int{1, 10, 100} {
		adders[fmt.Sprint("add", k)] = func(v int) int { return v + k }
	}
	fmt.Println(adders["add1"](0), adders["add10"](0), adders["add100"](0))

	for _, m := range panicInClosureLoop() {
		fmt.Println(m)
	}

	func() {
		v := "before"
		defer func(captured string) {
			fmt.Println("arg:", captured, "closure:", v)
		}(v)
		v = "after"
	}()
	println("closures done, x =", x)
}
