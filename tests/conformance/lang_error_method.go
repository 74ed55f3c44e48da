package main

import "fmt"

type MyErr struct {
	code int
}

func (e MyErr) Error() string { return "myerr" }

type Code int

func (c Code) String() string { return "code-str" }

func main() {
	defer func() {
		r := recover()
		fmt.Println("rec", r)
		panic(Code(4))
	}()
	fmt.Println(MyErr{3})
	panic(MyErr{5})
}
