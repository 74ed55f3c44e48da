package main

import (
	"fmt"
	"time"
)

type stopwatch struct {
	start time.Time
	laps  []time.Duration
}

func (s *stopwatch) lap() time.Duration {
	d := time.Since(s.start)
	s.laps = append(s.laps, d)
	return d
}

func retry(attempts int, wait time.Duration, f func(int) error) (int, error) {
	var err error
	for i := 1; i <= attempts; i++ {
		if err = f(i); err == nil {
			return i, nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return attempts, fmt.Errorf("after %d attempts: %w", attempts, err)
}

func main() {
	d := 10 * time.Millisecond
	start := time.Now()
	time.Sleep(d)
	elapsed := time.Since(start)
	fmt.Println("slept at least", d, elapsed >= d)
	fmt.Println("Now().Sub(start) >= d:", time.Now().Sub(start) >= d)
	fmt.Println("elapsed not absurd:", elapsed < 10*time.Second)

	// Zero and negative sleeps return at once.
	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero/negative sleep fast:", time.Since(t0) < time.Second)

	// Monotonic: later times are never before earlier ones.
	a := time.Now()
	b := time.Now()
	fmt.Println("b.Sub(a) >= 0:", b.Sub(a) >= 0, "a.Sub(b) <= 0:", a.Sub(b) <= 0)

	sw := &stopwatch{start: time.Now()}
	for i := 0; i < 3; i++ {
		time.Sleep(2 * time.Millisecond)
		sw.lap()
	}
	increasing := true
	for i := 1; i < len(sw.laps); i++ {
		if sw.laps[i] < sw.laps[i-1] {
			increasing = false
		}
	}
	fmt.Println("laps:", len(sw.laps), "increasing:", increasing, "last >= 6ms:", sw.laps[2] >= 6*time.Millisecond)

	t1 := time.Now()
	n, err := retry(3, time.Millisecond, func(i int) error {
		if i < 3 {
			return fmt.Errorf("attempt %d failed", i)
		}
		return nil
	})
	fmt.Println("retry:", n, err, "waited >= 3ms:", time.Since(t1) >= 3*time.Millisecond)
	n, err = retry(2, time.Millisecond, func(i int) error { return fmt.Errorf("attempt %d failed", i) })
	fmt.Println("retry:", n, err)

}
