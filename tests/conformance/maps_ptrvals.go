package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
	History []int
}

func (a *Account) Deposit(n int) {
	a.Balance += n
	a.History = append(a.History, n)
}

func main() {
	bank := map[string]*Account{}
	for _, name := range []string{"ann", "bob", "ann", "cat"} {
		acc, ok := bank[name]
		if !ok {
			acc = &Account{Owner: name}
			bank[name] = acc
		}
		acc.Deposit(10)
	}
	bank["bob"].Deposit(5)
	bank["bob"].Balance -= 1
	bank["cat"].History[0] = 999
	total := 0
	hist := 0
	for _, a := range bank {
		total += a.Balance
		hist += len(a.History)
	}
	fmt.Println(len(bank), total, hist)
	fmt.Println(*bank["ann"], *bank["bob"], *bank["cat"])
	alias := bank
	alias["dan"] = &Account{Owner: "dan"}
	delete(alias, "ann")
	fmt.Println(len(bank), bank["ann"] == nil)
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		bank["zed"].Deposit(1)
	}()
	vals := map[string]Account{"v": {Owner: "v"}}
	a := vals["v"]
	a.Deposit(3)
	fmt.Println(vals["v"].Balance, a.Balance)
}
