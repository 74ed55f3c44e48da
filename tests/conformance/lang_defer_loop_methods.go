package main

import "fmt"

type R struct {
	id int
}

func (r R) Close()     { fmt.Println("close", r.id) }
func (r *R) PClose()   { fmt.Println("pclose", r.id) }

func work() (n int) {
	rs := []R{{1}, {2}, {3}}
	for _, r := range rs {
		defer r.Close()
		defer r.PClose()
		r.id *= 10
	}
	for i := range rs {
		defer rs[i].PClose()
	}
	rs[0].id = -1
	defer func() { n = len(rs) * 100 }()
	return 5
}

func main() {
	fmt.Println(work())
	for i := 0; i < 2; i++ {
		r := &R{i}
		defer r.PClose()
		defer R{i + 10}.Close()
		r.id += 50
	}
}
