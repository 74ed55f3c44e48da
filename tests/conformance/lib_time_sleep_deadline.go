package main

import (
	"fmt"
	"time"
)

type limiter struct {
	next  time.Time
	every time.Duration
}

// wait sleeps until the next slot and reports whether it had to sleep.
func (l *limiter) wait() bool {
	now := time.Now()
	slept := false
	if now.Before(l.next) {
		time.Sleep(l.next.Sub(now))
		slept = true
	}
	l.next = time.Now().Add(l.every)
	return slept
}

func main() {
	a := time.Now()
	b := time.Now()
	fmt.Println("a.Before(b) or equal:", a.Before(b) || a.Equal(b), "b.After(a) or equal:", b.After(a) || b.Equal(a))
	fmt.Println("a.Equal(a):", a.Equal(a), "a.Add(1).After(a):", a.Add(1).After(a), "a.Add(-1).Before(a):", a.Add(-1).Before(a))
	fmt.Println("Add/Sub round trip:", a.Add(90*time.Minute).Sub(a))

	deadline := time.Now().Add(5 * time.Millisecond)
	spins := 0
	for time.Now().Before(deadline) {
		time.Sleep(time.Millisecond)
		spins++
	}
	fmt.Println("deadline passed:", !time.Now().Before(deadline), "spins > 0:", spins > 0)
	fmt.Println("Until(deadline) <= 0:", time.Until(deadline) <= 0)
	fmt.Println("Until(future) > 0:", time.Until(time.Now().Add(time.Hour)) > 59*time.Minute)

	l := &limiter{every: 100 * time.Millisecond}
	start := time.Now()
	var sleeps []bool
	for i := 0; i < 4; i++ {
		sleeps = append(sleeps, l.wait())
	}
	fmt.Println("limiter sleeps:", sleeps, "took >= 300ms:", time.Since(start) >= 300*time.Millisecond)

	var zero time.Time
	fmt.Println("zero.IsZero:", zero.IsZero(), "now.IsZero:", time.Now().IsZero(), "zero before now:", zero.Before(time.Now()))
}
