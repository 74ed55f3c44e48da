package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

type Op struct {
	Name string
	Arg  int
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, fmt.Errorf("divide %d by zero", a)
	}
	return a / b, nil
}

func lookup(m map[string]int, k string) (int, error) {
	v, ok := m[k]
	if !ok {
		return 0, fmt.Errorf("key %q not found (have %d keys)", k, len(m))
	}
	return v, nil
}

func run(ops []Op) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("run: %v", err)
		}
	}()
	for i, op := range ops {
		if op.Arg < 0 {
			return fmt.Errorf("op %d (%s): negative arg %d", i, op.Name, op.Arg)
		}
	}
	return nil
}

func main() {
	e1 := fmt.Errorf("code %d", 5)
	e2 := fmt.Errorf("code %d", 5)
	fmt.Println(e1)
	fmt.Println(e1.Error())
	fmt.Println(e1 == e2, e1 == e1, e1.Error() == e2.Error(), e1 != nil)
	var e3 error = e1
	fmt.Println(e3 == e1)
	fmt.Printf("%T %T\n", e1, ErrBase)
	fmt.Println(fmt.Sprintf("%v|%s|%q|%x", e1, e1, e1, e1))
	fmt.Println(fmt.Sprintf("[%12v] [%-12s]", e1, e1))
	fmt.Println(fmt.Errorf("plain"))
	fmt.Println(fmt.Errorf(""))
	fmt.Println(fmt.Errorf("%d%%", 50))
	fmt.Println(fmt.Errorf("bad verb %d", "str"))
	fmt.Println(fmt.Errorf("missing %d %s", 1))
	fmt.Println(fmt.Errorf("extra %d", 1, 2))
	fmt.Println(fmt.Errorf("wrap-ish: %v", ErrBase))
	fmt.Println(fmt.Errorf("nested: %v", fmt.Errorf("inner %d", 1)))
	fmt.Println(fmt.Errorf("op=%v float=%.2f bool=%t", Op{"add", 1}, 3.14159, true))
	for _, b := range []int{2, 0, 3} {
		q, err := divide(10, b)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", q)
	}
	m := map[string]int{"a": 1}
	if _, err := lookup(m, "zz"); err != nil {
		fmt.Println(err)
		fmt.Printf("%T: %v\n", err, err)
	}
	if v, err := lookup(m, "a"); err == nil {
		fmt.Println("found", v)
	}
	fmt.Println(run([]Op{{"a", 1}, {"b", 2}}))
	fmt.Println(run([]Op{{"a", 1}, {"b", -2}}))
	errs := []error{}
	for i := 0; i < 4; i++ {
		errs = append(errs, fmt.Errorf("e%d", i))
	}
	fmt.Println(errs)
	fmt.Println(fmt.Sprint(errs[1], errs[2]))
	fmt.Println(errs[0] == errs[0], errs[0] == errs[1])
	seen := map[error]int{}
	seen[errs[0]] = 1
	seen[errs[0]]++
	seen[fmt.Errorf("e0")] = 10
	fmt.Println(len(seen), seen[errs[0]])
	var iface interface{} = e1
	if e, ok := iface.(error); ok {
		fmt.Println("is error:", e.Error())
	}
	if _, ok := iface.(interface{ String() string }); !ok {
		fmt.Println("not a Stringer")
	}
	switch err := error(e2).(type) {
	case nil:
		fmt.Println("nil")
	default:
		fmt.Printf("type %T msg %s\n", err, err)
	}
	msg := ""
	for i := 0; i < 3; i++ {
		msg = fmt.Errorf("%s[%d]", msg, i).Error()
	}
	fmt.Println(msg, len(msg))
}
