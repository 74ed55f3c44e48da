package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred: not printed")
	log.SetFlags(0)
	log.SetPrefix("fatal: ")
	log.Print("before")
	fmt.Println("stdout line")
	log.Fatalf("cannot continue: %d", 42)
	fmt.Println("unreachable")
}
