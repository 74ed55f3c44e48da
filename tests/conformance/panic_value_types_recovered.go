package main

import (
	"errors"
	"fmt"
)

func catch(v any) {
	defer func() {
		r := recover()
		fmt.Println(r)
	}()
	panic(v)
}

func main() {
	catch(1)
	catch("s")
	catch(false)
	catch(errors.New("err"))
	catch([]int{1, 2})
	catch([]string{"a"})
	catch(-9223372036854775808)
}
