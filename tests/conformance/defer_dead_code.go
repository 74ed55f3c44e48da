package main

func a() {
	return
	defer println("a1")
}

func b() {
	defer println("b0")
	panic("x")
	defer println("b1")
}

func c() {
	if false {
		defer println("c1")
	}
	defer println("c2")
}

func d() {
	if true {
		return
	}
	defer println("d1")
}

func e() {
	goto L
	defer println("e1")
L:
	defer println("e2")
}

func f() {
	for {
		break
		defer println("f1")
	}
	defer println("f2")
	for i := 0; i < 2; i++ {
		continue
		defer println("f3")
	}
}

func g() {
	return
	func() {
		defer println("g1")
	}()
}

const debug = false

func h() {
	if debug {
		defer println("h1")
	}
	if !debug {
		defer println("h2")
	} else {
		defer println("h3")
	}
}

func i() {
	switch {
	case true:
		return
		defer println("i1")
	}
	defer println("i2")
}

func j() {
	{
		return
	}
	defer println("j1")
}

func main() {
	defer func() { recover(); a(); c(); d(); e(); f(); g(); h(); i(); j() }()
	b()
}
