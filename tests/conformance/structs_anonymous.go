package main

import "fmt"

type Pair struct {
	k string
	v int
}

func makeAnon(n int) struct {
	id   int
	name string
} {
	return struct {
		id   int
		name string
	}{n, "anon"}
}

func takesPair(p Pair) string {
	return p.k
}

func main() {
	cfg := struct {
		host string
		port int
		tls  bool
	}{"localhost", 8080, false}
	cfg.port++
	fmt.Println(cfg, cfg.host, cfg.port)
	var empty struct{}
	fmt.Println("empty:", empty, empty == struct{}{})
	a := makeAnon(3)
	a.name += "!"
	fmt.Println(a)
	lit := struct {
		k string
		v int
	}{"key", 1}
	var p Pair = lit
	fmt.Println("assignable:", p, takesPair(lit))
	rows := []struct {
		name string
		ok   bool
	}{{"one", true}, {"two", false}}
	rows[1].ok = true
	for i, r := range rows {
		fmt.Println(i, r.name, r.ok)
	}
	var x any = lit
	_, isPair := x.(Pair)
	got, isAnon := x.(struct {
		k string
		v int
	})
	fmt.Println("isPair:", isPair, "isAnon:", isAnon, got)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	panic(struct{ code int }{7})
}
