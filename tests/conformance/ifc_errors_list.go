package main

import (
	"errors"
	"fmt"
)

type FieldErr struct {
	field string
	code  int
}

func (f FieldErr) Error() string { return "field " + f.field }

type MultiErr []error

func (m MultiErr) Error() string {
	s := ""
	for i, e := range m {
		if i > 0 {
			s += "; "
		}
		s += e.Error()
	}
	return s
}

func validate(name string, age int) error {
	var errs MultiErr
	if name == "" {
		errs = append(errs, FieldErr{"name", 1})
	}
	if age < 0 {
		errs = append(errs, errors.New("negative age"))
	}
	if age > 200 {
		errs = append(errs, &FieldErr{"age", 2})
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}

func main() {
	fmt.Println(validate("bob", 3))
	fmt.Println(validate("", -1))
	fmt.Println(validate("", 300))
	err := validate("x", -5)
	if m, ok := err.(MultiErr); ok {
		fmt.Println(len(m), m[0])
	}
	err = validate("", 500)
	for _, e := range err.(MultiErr) {
		switch v := e.(type) {
		case FieldErr:
			fmt.Println("value", v.field, v.code)
		case *FieldErr:
			fmt.Println("pointer", v.field, v.code)
		default:
			fmt.Println("other", v)
		}
	}
}
