package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	id      int
	mu      sync.Mutex
	balance int64
	history []int64
}

type Bank struct {
	accounts []*Account
	failed   int64
	fmu      sync.Mutex
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrSame = errors.New("same account")

func (b *Bank) Transfer(from, to int, amount int64) error {
	if from == to {
		return ErrSame
	}
	a, c := b.accounts[from], b.accounts[to]
	first, second := a, c
	if c.id < a.id {
		first, second = c, a
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	if a.balance < amount {
		return fmt.Errorf("transfer %d->%d of %d: %w", from, to, amount, ErrInsufficient)
	}
	a.balance -= amount
	c.balance += amount
	a.history = append(a.history, -amount)
	c.history = append(c.history, amount)
	return nil
}

func (b *Bank) Total() int64 {
	for _, a := range b.accounts {
		a.mu.Lock()
	}
	var t int64
	for _, a := range b.accounts {
		t += a.balance
	}
	for i := len(b.accounts) - 1; i >= 0; i-- {
		b.accounts[i].mu.Unlock()
	}
	return t
}

func main() {
	b := &Bank{}
	for i := 0; i < 6; i++ {
		b.accounts = append(b.accounts, &Account{id: i, balance: 1000})
	}
	var wg sync.WaitGroup
	var same int64
	var smu sync.Mutex
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			seed := uint32(g*7919 + 13)
			for k := 0; k < 200; k++ {
				seed = seed*1664525 + 1013904223
				from := int(seed>>8) % 6
				to := int(seed>>16) % 6
				amt := int64(seed>>4) % 50
				if err := b.Transfer(from, to, amt); err != nil {
					if errors.Is(err, ErrSame) {
						smu.Lock()
						same++
						smu.Unlock()
					} else if errors.Is(err, ErrInsufficient) {
						b.fmu.Lock()
						b.failed++
						b.fmu.Unlock()
					}
				}
				if k%50 == 0 {
					if t := b.Total(); t != 6000 {
						panic(fmt.Sprint("invariant broken: ", t))
					}
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("total:", b.Total())
	fmt.Println("same-account attempts:", same)
	var ops int
	for _, a := range b.accounts {
		var sum int64
		for _, h := range a.history {
			sum += h
		}
		ops += len(a.history)
		if 1000+sum != a.balance {
			fmt.Println("history mismatch", a.id)
		}
	}
	fmt.Println("ops+2*failed+2*same:", int64(ops)+2*b.failed+2*same)
	err := b.Transfer(0, 1, 1<<40)
	fmt.Println(err, errors.Is(err, ErrInsufficient))
	fmt.Println(b.Transfer(3, 3, 1))
}
