package main

import "fmt"

type Step struct {
	id  int
	log *[]int
}

func (s Step) Close() {
	*s.log = append(*s.log, s.id)
}

func (s *Step) Fail() {
	if s.id == 2 {
		panic(s.id * 100)
	}
}

func run(log *[]int) {
	for i := 0; i < 4; i++ {
		s := Step{i, log}
		defer s.Close()
		defer s.Fail()
	}
	panic("start")
}

func main() {
	var log []int
	defer func() {
		fmt.Println("final", recover(), log)
	}()
	run(&log)
}
