// recover()'s rule case by case: twice in one deferred call, from a helper the deferred
// call calls, from a closure a defer statement's wrapper calls, from a function deferred
// by a deferred call while the panic is in flight, and after a nested panic.
package main

func show(what string, r any) {
	if r == nil {
		println(what, "nil")
		return
	}
	println(what, r.(string))
}

func helper() any { return recover() }

func twice() {
	defer func() {
		show("twice first:", recover())
		show("twice second:", recover())
	}()
	panic("p1")
}

func viaHelper() {
	defer func() {
		show("via helper:", helper())
		show("then direct:", recover())
	}()
	panic("p2")
}

func throughWrapper() {
	f := func(tag string) { show(tag, recover()) }
	defer f("through wrapper:")
	panic("p3")
}

func deferredByDeferred() {
	defer func() {
		defer func() { show("deferred by deferred:", recover()) }()
		show("outer deferred sees:", nil)
	}()
	panic("p4")
}

func nested() {
	defer func() { show("nested outer:", recover()) }()
	defer func() {
		defer func() { show("nested inner:", recover()) }()
		panic("p6")
	}()
	panic("p5")
}

func notPanicking() {
	defer func() { show("not panicking:", recover()) }()
}

func main() {
	twice()
	viaHelper()
	func() {
		defer func() { show("main after wrapper:", recover()) }()
		throughWrapper()
	}()
	func() {
		defer func() { show("main after deferredByDeferred:", recover()) }()
		deferredByDeferred()
	}()
	nested()
	notPanicking()
}
