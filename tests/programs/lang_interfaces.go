package main

import (
	"errors"
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) int }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) int { b.data = append(b.data, s); return len(s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ Reader } // embeds an interface: Read is promoted, may be nil

func (u Upper) Read() string { return strings.ToUpper(u.Reader.Read()) }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of length " + fmt.Sprint(len(x))
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = classify(e)
		}
		return "list[" + strings.Join(parts, "; ") + "]"
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func mayFail(fail bool) error {
	var e *MyErr
	if fail {
		e = &MyErr{42}
	}
	return e // typed nil when !fail: the interface is not nil
}

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("alpha")
	rw.Write("beta")
	var r Reader = rw // interface to narrower interface
	w, ok := r.(Writer)
	fmt.Println("reader is writer:", ok, w.Write("gamma"))
	u := Upper{r}
	fmt.Println(u.Read(), u.Read(), r.Read(), "|"+r.Read()+"|")

	_, isRW := Reader(u).(ReadWriter)
	b, isBuf := r.(*Buffer)
	fmt.Println("upper is RW:", isRW, "r is *Buffer:", isBuf, len(b.data))

	vals := []any{nil, 7, int64(-3), "héllo", Temp(21.5), &MyErr{7}, errors.New("plain"),
		[]any{1, "x", nil}, func() int { return 9 }, 3.5, struct{}{}, Temp(0)}
	for _, v := range vals {
		fmt.Println(classify(v))
	}

	err := mayFail(false)
	fmt.Println("typed nil error == nil:", err == nil, "dynamic type:", fmt.Sprintf("%T", err))
	var me *MyErr
	as := errors.As(err, &me)
	fmt.Println("As works on typed nil:", as, me == nil)
	err = mayFail(true)
	as = errors.As(err, &me)
	fmt.Println(err, as, me.Code)

	var x, y any = 3, 3
	var z any = int64(3)
	fmt.Println("interface equality:", x == y, x == z, x == any(3.0))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b) // comparing uncomparable dynamic types panics
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var empty Upper // embedded Reader is nil
		fmt.Println(empty.Read())
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		var s fmt.Stringer = Temp(1)
		_ = s.(interface{ Read() string })
	}()
	println("interfaces done")
}
