package main

import (
	"fmt"
	"log"
	"os"
)

type server struct {
	name string
	port int
}

func (s *server) validate() error {
	if s.port <= 0 || s.port > 65535 {
		return fmt.Errorf("server %s: invalid port %d", s.name, s.port)
	}
	return nil
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("srv: ")
	defer fmt.Println("deferred in main: never printed")
	servers := []*server{{"web", 8080}, {"db", 5432}, {"cache", 70000}, {"late", 1}}
	for _, s := range servers {
		func() {
			defer fmt.Println("checked", s.name)
			if err := s.validate(); err != nil {
				fmt.Fprintln(os.Stdout, "about to fail")
				log.Fatalf("fatal: %v", err)
			}
			log.Println("ok:", s.name, s.port)
		}()
	}
	fmt.Println("unreachable")
}
