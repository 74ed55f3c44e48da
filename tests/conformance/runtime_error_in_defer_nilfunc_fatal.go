package main

func main() {
	var cb func()
	defer func() {
		cb()
	}()
	panic("first")
}
