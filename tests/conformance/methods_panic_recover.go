package main

import (
	"errors"
	"fmt"
)

type Account struct {
	owner   string
	balance int
	history []int
}

func (a *Account) Withdraw(n int) {
	if n > a.balance {
		panic(errors.New("insufficient funds for " + a.owner))
	}
	a.balance -= n
	a.history = append(a.history, -n)
}

func (a *Account) SafeWithdraw(n int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	a.Withdraw(n)
	return nil
}

func (a Account) Audit() (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	if a.balance < 0 {
		panic("negative")
	}
	a.balance = -1
	return true
}

func (a *Account) Batch(amounts []int) (done int) {
	defer func() {
		r := recover()
		fmt.Println("batch recovered:", r, "done:", done, "balance:", a.balance)
	}()
	for _, n := range amounts {
		a.Withdraw(n)
		done++
	}
	return done
}

func main() {
	acc := Account{owner: "ann", balance: 100}
	fmt.Println(acc.SafeWithdraw(30), acc.balance)
	fmt.Println(acc.SafeWithdraw(500), acc.balance)
	fmt.Println(acc.Audit(), acc.balance)
	bad := Account{owner: "neg", balance: -5}
	fmt.Println(bad.Audit())
	fmt.Println(acc.Batch([]int{10, 20, 100, 5}))
	fmt.Println(acc.history)
	defer fmt.Println("main deferred, balance:", acc.balance)
	acc.Withdraw(1000)
}
