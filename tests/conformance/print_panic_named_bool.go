package main

type Flag bool

func main() {
	f := Flag(false)
	defer println("deferred", f)
	f = !f
	panic(f)
}
