package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("deferred runs")
	log.SetFlags(log.Lshortfile)
	log.Panicf("unrecovered %s", "panic")
}
