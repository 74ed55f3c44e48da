package main

import (
	"fmt"
	"sort"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	history []int
}

func (a *account) deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
	a.history = append(a.history, n)
}

func (a *account) withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

type safeMap struct {
	sync.Mutex
	m map[string]int
}

func (s *safeMap) inc(k string) {
	s.Lock()
	s.m[k]++
	s.Unlock()
}

func main() {
	// Counter incremented by 100 goroutines, 100 times each.
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	// Methods locking with defer.
	acct := &account{}
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acct.deposit(i)
		}()
	}
	wg.Wait()
	sort.Ints(acct.history)
	fmt.Println("balance:", acct.balance, "deposits:", len(acct.history), "first/last:", acct.history[0], acct.history[49])

	// Withdrawals race, but the number that succeed is fixed by the balance.
	okCount := 0
	var okMu sync.Mutex
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if acct.withdraw(100) {
				okMu.Lock()
				okCount++
				okMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("withdrawals ok:", okCount, "left:", acct.balance)

	// Embedded mutex protecting a map; the result is printed in sorted key order.
	sm := &safeMap{m: map[string]int{}}
	keys := []string{"red", "green", "blue"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm.inc(keys[i%3])
		}()
	}
	wg.Wait()
	names := []string{}
	for k := range sm.m {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Println(k, sm.m[k])
	}

	// TryLock.
	var t sync.Mutex
	fmt.Println("trylock free:", t.TryLock())
	fmt.Println("trylock held:", t.TryLock())
	t.Unlock()
	fmt.Println("trylock after unlock:", t.TryLock())
	t.Unlock()

	// A Locker interface value.
	var l sync.Locker = &mu
	l.Lock()
	counter = -1
	l.Unlock()
	fmt.Println("via Locker:", counter)

	// Lock handed between goroutines in a fixed order by channels.
	var order []int
	var omu sync.Mutex
	turn := make([]chan bool, 4)
	for i := range turn {
		turn[i] = make(chan bool)
	}
	fin := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			<-turn[i]
			omu.Lock()
			order = append(order, i)
			omu.Unlock()
			if i == 2 {
				fin <- true
				return
			}
			turn[i+1] <- true
		}()
	}
	turn[0] <- true
	<-fin
	fmt.Println("ordered appends:", order)

	// Unlock of an unlocked mutex is a fatal error in Go, so it is not shown here;
	// a panic while holding a deferred-unlock mutex releases it.
	var pm sync.Mutex
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		pm.Lock()
		defer pm.Unlock()
		panic("while locked")
	}()
	fmt.Println("lock free after panic:", pm.TryLock())
}
