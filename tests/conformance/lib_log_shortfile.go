package main

import (
	"log"
	"os"
)

func helper(l *log.Logger, msg string) {
	l.Output(2, msg)
}

func main() {
	l := log.New(os.Stdout, "sf: ", log.Lshortfile)
	l.Println("first")
	l.Printf("second %d", 2)
	helper(l, "reported at the caller of helper")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Println("msgprefix after the file")
	l.SetPrefix("")
	l.Print("no prefix")
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("std logger")
	func() {
		log.Print("in a closure")
	}()
}
