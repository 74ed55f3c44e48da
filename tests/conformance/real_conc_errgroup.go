package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  chan struct{}
	sem     chan struct{}
}

func NewGroup(limit int) *Group {
	g := &Group{cancel: make(chan struct{})}
	if limit > 0 {
		g.sem = make(chan struct{}, limit)
	}
	return g
}

func (g *Group) Go(f func(cancel <-chan struct{}) error) {
	if g.sem != nil {
		g.sem <- struct{}{}
	}
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		defer func() {
			if g.sem != nil {
				<-g.sem
			}
		}()
		if err := f(g.cancel); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				close(g.cancel)
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.errOnce.Do(func() { close(g.cancel) })
	return g.err
}

type ParseError struct {
	Index int
	Input string
	Err   error
}

func (e *ParseError) Error() string {
	return "item " + strconv.Itoa(e.Index) + " (" + strconv.Quote(e.Input) + "): " + e.Err.Error()
}
func (e *ParseError) Unwrap() error { return e.Err }

func parseAll(inputs []string, limit int) ([]int, error) {
	g := NewGroup(limit)
	out := make([]int, len(inputs))
	gate := make(chan struct{})
	for i, s := range inputs {
		g.Go(func(cancel <-chan struct{}) error {
			n, err := strconv.Atoi(s)
			if err != nil {
				return &ParseError{i, s, err}
			}
			out[i] = n * 2
			return nil
		})
	}
	close(gate)
	err := g.Wait()
	return out, err
}

func main() {
	out, err := parseAll([]string{"1", "22", "333", "-4"}, 0)
	fmt.Println(out, err)
	out, err = parseAll([]string{"7", "x8", "9"}, 2)
	fmt.Println(out, err)
	var pe *ParseError
	if errors.As(err, &pe) {
		fmt.Println("index", pe.Index, "input", pe.Input, errors.Is(err, strconv.ErrSyntax))
	}
	out, err = parseAll([]string{"99999999999999999999999"}, 1)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), out)

	// many failures: exactly one error recorded; which one is racy, so report the set property
	bad := []string{"a", "b", "c", "d", "5"}
	_, err = parseAll(bad, 3)
	errors.As(err, &pe)
	fmt.Println(err != nil, pe.Index >= 0 && pe.Index <= 3)

	// cancellation observed by the others
	g := NewGroup(0)
	var mu sync.Mutex
	var seen []string
	started := make(chan struct{})
	for i := 0; i < 4; i++ {
		g.Go(func(cancel <-chan struct{}) error {
			<-started
			<-cancel
			mu.Lock()
			seen = append(seen, "w"+strconv.Itoa(i))
			mu.Unlock()
			return errors.New("cancelled " + strconv.Itoa(i))
		})
	}
	g.Go(func(cancel <-chan struct{}) error {
		close(started)
		return errors.New("boom")
	})
	err = g.Wait()
	sort.Strings(seen)
	fmt.Println(err, seen)
	// Wait on a group with no tasks
	fmt.Println(NewGroup(2).Wait())
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once", i) })
	}
}
