package main

import "fmt"

type Emp struct {
	name  string
	boss  *Emp
	score int
}

func chain(e *Emp) string {
	s := e.name
	for b := e.boss; b != nil; b = b.boss {
		s += "<" + b.name
	}
	return s
}

func main() {
	emps := []*Emp{{name: "ceo", score: 10}}
	emps = append(emps, &Emp{name: "vp", boss: emps[0], score: 5})
	emps = append(emps, &Emp{"dev", emps[1], 1}, &Emp{"ops", emps[1], 2})
	for _, e := range emps {
		fmt.Println(chain(e))
	}
	for _, e := range emps {
		if e.boss != nil {
			e.boss.score += e.score
		}
	}
	for _, e := range emps {
		fmt.Print(e.name, ":", e.score, " ")
	}
	fmt.Println()
	vals := []Emp{}
	for _, e := range emps {
		vals = append(vals, *e)
	}
	vals[0].score = 0
	fmt.Println(emps[0].score, vals[0].score, vals[1].boss == emps[0], *vals[3].boss == *emps[1])
	emps[1], emps[2] = emps[2], emps[1]
	fmt.Println(emps[1].name, emps[2].name, emps[1].boss.name)
}
