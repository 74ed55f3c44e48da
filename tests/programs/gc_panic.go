package main

import (
	"errors"
	"fmt"
	"strings"
)

// Payload is a heap-allocated panic value.
type Payload struct {
	id    int
	words []string
	inner *Payload
}

// ErrBox is an error type carried by panics.
type ErrBox struct {
	code int
	msg  string
}

func (e *ErrBox) Error() string { return fmt.Sprintf("box %d: %s", e.code, e.msg) }

// sink makes the garbage escape, so that it is heap-allocated.
var sink any

func churn(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		b := make([]byte, 100+i%300)
		b[0] = byte(i)
		p := &Payload{id: i, words: []string{"g"}}
		s += int(b[0]) + p.id%2
		sink = p
	}
	return s
}

func mkPayload(id int) *Payload {
	p := &Payload{id: id, inner: &Payload{id: -id}}
	for i := 0; i < 5; i++ {
		p.words = append(p.words, fmt.Sprint("w", id, "_", i))
	}
	return p
}

// panicky panics with a payload, and its deferred function allocates a lot first.
func panicky(id int) (res string) {
	defer func() {
		churn(20000) // the panic value must survive this
		r := recover()
		p := r.(*Payload)
		res = fmt.Sprint(p.id, " ", strings.Join(p.words, ","), " ", p.inner.id)
	}()
	panic(mkPayload(id))
}

func errPanic(id int) (err error) {
	defer func() {
		churn(10000)
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	base := &ErrBox{code: id, msg: strings.Repeat("e", id%7+1)}
	panic(fmt.Errorf("wrapped %d: %w", id, base))
}

// loopDefers registers heap defer records in a loop, each capturing pointers.
func loopDefers(n int, out *[]string) {
	for i := 0; i < n; i++ {
		p := mkPayload(i)
		s := fmt.Sprint("s", i)
		defer func() {
			churn(500)
			*out = append(*out, fmt.Sprint(p.id, p.words[4], p.inner.id, s))
		}()
	}
	churn(30000)
}

func nested(id int) (msgs []string) {
	defer func() {
		r := recover()
		msgs = append(msgs, fmt.Sprint("outer recovered: ", r.(*Payload).id, " ", r.(*Payload).words[0]))
	}()
	defer func() {
		churn(5000)
		panic(mkPayload(id + 1000)) // replaces the first panic
	}()
	func() {
		defer func() {
			r := recover()
			msgs = append(msgs, fmt.Sprint("inner recovered: ", r.(*ErrBox).Error()))
			churn(5000)
		}()
		panic(&ErrBox{code: id, msg: "inner"})
	}()
	data := make([]int, 1000)
	defer func() { msgs = append(msgs, fmt.Sprint("data len ", len(data), " ", data[999])) }()
	data[999] = id
	panic(mkPayload(id))
}

func deferArgs(n int) (total int) {
	for i := 0; i < n; i++ {
		p := mkPayload(i)
		defer func(q *Payload, w []string) {
			total += q.id + len(w[3]) + q.inner.id
		}(p, p.words)
	}
	churn(20000)
	return 0
}

func main() {
	for i := 0; i < 20; i++ {
		fmt.Println("panicky", panicky(i))
	}
	var boxes int
	for i := 0; i < 20; i++ {
		err := errPanic(i)
		var eb *ErrBox
		if errors.As(err, &eb) {
			boxes += eb.code
		}
		if i%5 == 0 {
			fmt.Println("err", err, errors.Unwrap(err) == error(eb))
		}
	}
	fmt.Println("boxes", boxes)
	var out []string
	loopDefers(200, &out)
	fmt.Println("loop defers", len(out), out[0], out[1], out[199])
	for i := 0; i < 3; i++ {
		for _, m := range nested(i) {
			fmt.Println(i, m)
		}
	}
	fmt.Println("deferArgs", deferArgs(300))
	// A panic that is not recovered, carrying an error built after lots of allocation.
	defer fmt.Println("main deferred runs", churn(10000) > 0)
	err := fmt.Errorf("final %s %d", strings.Repeat("x", 10), churn(100))
	churn(50000)
	panic(err)
}
