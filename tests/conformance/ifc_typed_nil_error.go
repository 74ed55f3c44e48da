package main

import "fmt"

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "<nil MyErr>"
	}
	return e.msg
}

func bad(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func good(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := bad(false)
	fmt.Println(e1 == nil, e1)
	e2 := good(false)
	fmt.Println(e2 == nil, e2)
	e3 := bad(true)
	fmt.Println(e3 == nil, e3.Error())
	if p, ok := e1.(*MyErr); ok {
		fmt.Println("holds *MyErr, nil:", p == nil)
	}
	var any1 any = e1
	fmt.Println(any1 == nil, any1 != nil)
	var pp *MyErr
	fmt.Println(error(pp) == nil, pp == nil)
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
	}()
	var np *MyErr
	var e error = np
	fmt.Println(e.(*MyErr).msg)
}
