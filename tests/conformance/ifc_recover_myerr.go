package main

import (
	"errors"
	"fmt"
)

type MyErr struct {
	Code int
	Msg  string
}

func (e MyErr) Error() string { return "myerr " + e.Msg }

func boom(n int) {
	if n > 2 {
		panic(MyErr{n, "too big"})
	}
	fmt.Println("ok", n)
}

func try(n int) (err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if me, ok := r.(MyErr); ok {
			fmt.Println("got MyErr code", me.Code)
			err = me
			return
		}
		panic(r)
	}()
	boom(n)
	return nil
}

func main() {
	for i := 1; i <= 4; i++ {
		err := try(i)
		fmt.Println(i, err)
		if err != nil {
			fmt.Println(err.Error())
			var e2 error = MyErr{i, "too big"}
			fmt.Println(err == e2)
		}
	}
	var e error = errors.New("x")
	fmt.Println(e == error(MyErr{1, "x"}))
}
