package main

import "fmt"

type State struct {
	Step int
}

func check(s *State) {
	defer fmt.Printf("check deferred at step %d\n", s.Step)
	if s.Step > 2 {
		panic(fmt.Errorf("step %d exceeded limit %d (%s)", s.Step, 2, "fatal"))
	}
}

func main() {
	s := &State{}
	for i := 0; i < 5; i++ {
		s.Step = i
		fmt.Printf("step %d\n", i)
		check(s)
	}
	fmt.Println("unreachable")
}
