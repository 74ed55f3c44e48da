package main

func main() {
	defer func() {
		panic("outer")
	}()
	defer func() {
		println("recovered", recover().(string))
	}()
	panic("inner")
}
