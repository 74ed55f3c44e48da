package main

func f() int {
	defer func() {
		panic("late panic")
	}()
	println("f returning")
	return 1
}

func main() {
	defer println("main defer")
	println(f())
}
