package main

import (
	"errors"
	"fmt"
	"sync/atomic"
)

type point struct{ X, Y int }
type myInt int
type config struct {
	name  string
	items []string
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: panic %T: %v\n", name, r, r)
		}
	}()
	f()
	fmt.Printf("%s: ok\n", name)
}

func main() {
	var v atomic.Value
	fmt.Println("empty load:", v.Load(), v.Load() == nil)
	v.Store(1)
	fmt.Println("load:", v.Load())
	v.Store(2)
	fmt.Println("load:", v.Load())
	try("store nil", func() { v.Store(nil) })
	try("store string", func() { v.Store("x") })
	try("store myInt", func() { v.Store(myInt(3)) })
	try("store int64", func() { v.Store(int64(3)) })
	fmt.Println("after failures:", v.Load())

	// Swap.
	var s atomic.Value
	fmt.Println("swap empty:", s.Swap("a"))
	fmt.Println("swap:", s.Swap("b"), s.Load())
	try("swap nil", func() { s.Swap(nil) })
	try("swap int", func() { s.Swap(1) })
	try("swap nil on empty", func() {
		var e atomic.Value
		e.Swap(nil)
	})

	// CompareAndSwap.
	var c atomic.Value
	fmt.Println("cas empty old non-nil:", c.CompareAndSwap(1, 2), c.Load())
	fmt.Println("cas empty old nil:", c.CompareAndSwap(nil, 2), c.Load())
	fmt.Println("cas nil old on full:", c.CompareAndSwap(nil, 3), c.Load())
	fmt.Println("cas wrong old:", c.CompareAndSwap(5, 3), c.Load())
	fmt.Println("cas right old:", c.CompareAndSwap(2, 3), c.Load())
	try("cas new nil", func() { c.CompareAndSwap(3, nil) })
	try("cas nil new nil", func() { c.CompareAndSwap(nil, nil) })
	try("cas mixed types", func() { c.CompareAndSwap("x", 4) })
	try("cas mixed types 2", func() { c.CompareAndSwap(3, myInt(4)) })
	try("cas other type than stored", func() { c.CompareAndSwap("3", "4") })
	try("cas other type, nil old", func() { c.CompareAndSwap(nil, "4") })
	try("cas mixed on empty", func() {
		var e atomic.Value
		e.CompareAndSwap(1, "a")
	})
	fmt.Println("c now:", c.Load())

	// Structs, pointers, errors, slices.
	var pv atomic.Value
	pv.Store(point{1, 2})
	fmt.Println("cas struct:", pv.CompareAndSwap(point{1, 2}, point{3, 4}), pv.CompareAndSwap(point{1, 2}, point{5, 6}), pv.Load())
	try("store *point", func() { pv.Store(&point{}) })
	p1, p2 := &point{1, 1}, &point{1, 1}
	var ptr atomic.Value
	ptr.Store(p1)
	fmt.Println("cas ptr other:", ptr.CompareAndSwap(p2, p2), ptr.Load() == any(p1))
	fmt.Println("cas ptr same:", ptr.CompareAndSwap(p1, p2), ptr.Load() == any(p2))
	var ev atomic.Value
	ev.Store(errors.New("first"))
	ev.Store(errors.New("second"))
	fmt.Println("error:", ev.Load())
	try("store other error type", func() { ev.Store(fmt.Errorf("w: %w", errors.New("x"))) })
	var sv atomic.Value
	sv.Store([]int{1, 2})
	sv.Store([]int{3})
	fmt.Println("slice:", sv.Load())
	try("cas slice", func() { sv.CompareAndSwap([]int{3}, []int{4}) })
	fmt.Println("cas nil old slice:", sv.CompareAndSwap(nil, []int{4}))
	var cfg atomic.Value
	cfg.Store(&config{name: "a", items: []string{"x"}})
	cur := cfg.Load().(*config)
	cfg.Store(&config{name: cur.name + "b", items: append([]string{}, cur.items...)})
	fmt.Println("config:", cfg.Load().(*config).name, cfg.Load().(*config).items)
	var fv atomic.Value
	fv.Store(func() int { return 1 })
	fv.Store(func() int { return 2 })
	fmt.Println("func:", fv.Load().(func() int)())
	try("cas func", func() { fv.CompareAndSwap(fv.Load(), func() int { return 3 }) })
	var mv atomic.Value
	mv.Store(map[string]int{"a": 1})
	fmt.Println("map:", mv.Load())
	var arr atomic.Value
	arr.Store([2]string{"p", "q"})
	fmt.Println("cas array:", arr.CompareAndSwap([2]string{"p", "q"}, [2]string{"r", "s"}), arr.Load())
	try("store [3]string", func() { arr.Store([3]string{}) })
	type local struct{ a int }
	var lv atomic.Value
	lv.Store(local{1})
	try("store anon struct", func() { lv.Store(struct{ a int }{2}) })
	fmt.Println("local:", lv.Load())
	// Values in a struct, copied before first use.
	type holder struct{ v atomic.Value }
	h := holder{}
	h.v.Store(1.5)
	fmt.Println("holder:", h.v.Load())
	try("store float32", func() { h.v.Store(float32(1)) })
	try("nil *Value", func() {
		var np *atomic.Value
		np.Load()
	})
}
