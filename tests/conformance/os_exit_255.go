package main

import "os"

func main() {
	println("exit 255")
	os.Exit(255)
}
