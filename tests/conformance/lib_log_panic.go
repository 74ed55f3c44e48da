package main

import (
	"fmt"
	"log"
)

type account struct {
	id      int
	balance int
}

func (a *account) withdraw(n int) {
	if n > a.balance {
		log.Panicf("account %d: cannot withdraw %d (balance %d)", a.id, n, a.balance)
	}
	a.balance -= n
	log.Printf("account %d: withdrew %d, left %d", a.id, n, a.balance)
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("bank: ")
	defer fmt.Println("deferred print runs before the crash")
	a := &account{id: 1, balance: 100}
	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		a.withdraw(30)
		a.withdraw(100)
	}()
	a.withdraw(70)
	a.withdraw(1)
}
