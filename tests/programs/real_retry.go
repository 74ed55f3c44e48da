package main

import (
	"errors"
	"fmt"
	"strings"
)

type PermanentError struct{ Err error }

func (e *PermanentError) Error() string { return "permanent: " + e.Err.Error() }
func (e *PermanentError) Unwrap() error { return e.Err }

var ErrTimeout = errors.New("timeout")

type Policy struct {
	Attempts int
	BaseMS   int
	MaxMS    int
}

func (p Policy) backoff(attempt int) int {
	d := p.BaseMS << attempt
	if d > p.MaxMS {
		d = p.MaxMS
	}
	return d
}

// attempt runs fn once, turning a panic into an error.
func attempt(fn func(int) error, n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("attempt %d panicked: %v", n, r)
		}
	}()
	return fn(n)
}

// Retry calls fn until it succeeds, fails permanently or runs out of attempts. The waits
// it would have slept are returned instead of slept.
func Retry(p Policy, fn func(attempt int) error) (waits []int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("after %d attempt(s): %w", len(waits)+1, err)
		}
	}()
	for i := 0; ; i++ {
		err = attempt(fn, i)
		if err == nil {
			return waits, nil
		}
		var perm *PermanentError
		if errors.As(err, &perm) || i == p.Attempts-1 {
			return waits, err
		}
		waits = append(waits, p.backoff(i))
	}
}

// flaky fails the first n calls with the given error, then succeeds.
func flaky(n int, failWith error) (func(int) error, *[]string) {
	var log []string
	calls := 0
	return func(a int) error {
		calls++
		log = append(log, fmt.Sprintf("call%d@%d", calls, a))
		if calls <= n {
			return failWith
		}
		return nil
	}, &log
}

func main() {
	p := Policy{Attempts: 5, BaseMS: 10, MaxMS: 100}

	fn, log := flaky(2, ErrTimeout)
	waits, err := Retry(p, fn)
	fmt.Println("flaky(2):", waits, err, strings.Join(*log, ","))

	fn, log = flaky(10, ErrTimeout)
	waits, err = Retry(p, fn)
	fmt.Println("flaky(10):", waits, err, "timeout:", errors.Is(err, ErrTimeout), len(*log))

	fn, _ = flaky(10, &PermanentError{errors.New("bad request")})
	waits, err = Retry(p, fn)
	var perm *PermanentError
	fmt.Println("permanent:", waits, err, errors.As(err, &perm))

	var table []int
	waits, err = Retry(p, func(a int) error {
		if a < 7 {
			_ = table[a] // index out of range on the empty table
		}
		return nil
	})
	fmt.Println("panicky:", waits, err)

	total := 0
	waits, err = Retry(Policy{Attempts: 3, BaseMS: 1, MaxMS: 3}, func(a int) error {
		total += a
		if a == 1 {
			panic(fmt.Sprintf("boom on %d", a))
		}
		return fmt.Errorf("try %d: %w", a, ErrTimeout)
	})
	fmt.Println("mixed:", waits, err, "total", total)

	counters := make([]func() int, 3)
	for i := range counters {
		n := i * 10
		counters[i] = func() int { n++; return n }
	}
	for _, c := range counters {
		c()
	}
	fmt.Println("counters:", counters[0](), counters[1](), counters[2]())
	println("retry done")
}
