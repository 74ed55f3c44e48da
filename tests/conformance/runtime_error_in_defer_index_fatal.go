package main

func main() {
	s := []int{1, 2, 3}
	i := 2
	defer func() {
		println(s[i])
	}()
	i = 3
	println("body")
}
