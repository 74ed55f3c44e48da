package main

import "fmt"

type Config struct {
	level int
	name  string
}

func watch(p *int) func() int {
	return func() int { return *p }
}

func main() {
	x := 1
	p := &x
	read := watch(p)
	x = 2
	fmt.Println("closure reads through pointer:", read())
	inc := func() { *p++ }
	inc()
	inc()
	fmt.Println(x, read())
	y := 100
	p = &y
	inc()
	fmt.Println("closure captured p by reference:", x, y, read())
	cfg := &Config{1, "a"}
	snap := *cfg
	update := func(lvl int) { cfg.level = lvl }
	update(5)
	fmt.Println(*cfg, snap)
	defer fmt.Println("deferred *cfg copy:", *cfg)
	defer fmt.Println("deferred cfg.level:", cfg.level)
	defer func() { fmt.Println("deferred closure:", *cfg) }()
	orig := cfg
	defer func(c *Config) { fmt.Println("deferred param pointer:", *c) }(cfg)
	cfg.name = "b"
	cfg = &Config{9, "replaced"}
	orig.level = 6
	counter := new(int)
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { *counter += i })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println("counter:", *counter)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r, "counter:", *counter)
		*counter = -1
	}()
	var np *int
	fs = append(fs, func() { *np = 1 })
	*counter = 50
	fs[3]()
}
