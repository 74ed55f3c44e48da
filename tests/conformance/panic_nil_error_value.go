package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		err, ok := r.(error)
		fmt.Println(ok, err.Error())
		_, isString := r.(string)
		fmt.Println(isString)
	}()
	panic(nil)
}
