package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "out: ", 0)
	l.Println("starting")
	log.SetFlags(0)
	defer l.Println("never printed")
	l.Fatalln("giving", "up", 3)
	fmt.Println("unreachable")
}
