package main

import (
	"fmt"
	"log"
	"os"
)

func main() {
	l := log.New(os.Stdout, "out: ", log.Lmsgprefix|log.Lshortfile)
	l.Println("first")
	defer fmt.Println("not printed")
	l.Fatalln("bye", 1)
}
