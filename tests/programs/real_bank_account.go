package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type InsufficientFunds struct {
	Account string
	Need    Cents
	Have    Cents
}

func (e *InsufficientFunds) Error() string {
	return fmt.Sprintf("%s: insufficient funds: need %v, have %v", e.Account, e.Need, e.Have)
}

var ErrFrozen = errors.New("account frozen")

type Account struct {
	ID      string
	balance Cents
	frozen  bool
	history []string
}

func (a *Account) Deposit(amt Cents) {
	if amt <= 0 {
		panic(fmt.Sprintf("Deposit(%v): amount must be positive", amt))
	}
	a.balance += amt
	a.history = append(a.history, "+"+amt.String())
}

func (a *Account) Withdraw(amt Cents) error {
	if a.frozen {
		return fmt.Errorf("withdraw from %s: %w", a.ID, ErrFrozen)
	}
	if amt > a.balance {
		return &InsufficientFunds{a.ID, amt, a.balance}
	}
	a.balance -= amt
	a.history = append(a.history, "-"+amt.String())
	return nil
}

func (a *Account) Balance() Cents { return a.balance }

func (a *Account) String() string {
	return fmt.Sprintf("%s[%v]", a.ID, a.balance)
}

type Bank struct {
	accounts map[string]*Account
	journal  []string
}

func (b *Bank) Open(id string, initial Cents) *Account {
	a := &Account{ID: id}
	if initial > 0 {
		a.Deposit(initial)
	}
	b.accounts[id] = a
	return a
}

// Transfer moves money; if anything fails after the withdrawal (an error or a panic),
// the deferred rollback puts the money back.
func (b *Bank) Transfer(from, to string, amt Cents) (err error) {
	src, dst := b.accounts[from], b.accounts[to]
	entry := fmt.Sprintf("transfer %v %s->%s", amt, from, to)
	defer func() {
		status := "ok"
		if err != nil {
			status = "failed"
		}
		b.journal = append(b.journal, entry+": "+status)
	}()
	if src == nil {
		return fmt.Errorf("no account %q", from)
	}
	if err := src.Withdraw(amt); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			src.balance += amt
			src.history = append(src.history, "rollback "+amt.String())
			if r := recover(); r != nil {
				err = fmt.Errorf("transfer rolled back: %v", r)
			}
		}
	}()
	dst.Deposit(amt) // dst may be nil: a nil pointer dereference inside the method
	committed = true
	return nil
}

func (b *Bank) Total() Cents {
	var t Cents
	for _, a := range b.accounts {
		t += a.Balance()
	}
	return t
}

func main() {
	bank := &Bank{accounts: map[string]*Account{}}
	alice := bank.Open("alice", 10000)
	bob := bank.Open("bob", 2550)
	carol := bank.Open("carol", 0)
	fmt.Println(alice, bob, carol, "total", bank.Total())

	steps := []struct {
		from, to string
		amt      Cents
	}{
		{"alice", "bob", 1999},
		{"bob", "carol", 10000},
		{"carol", "alice", 1},
		{"alice", "nobody", 500},
		{"ghost", "alice", 5},
		{"bob", "carol", 0},
		{"bob", "carol", 4549},
	}
	for _, s := range steps {
		err := bank.Transfer(s.from, s.to, s.amt)
		var insuf *InsufficientFunds
		switch {
		case err == nil:
			fmt.Printf("%-6s -> %-6s %8v ok\n", s.from, s.to, s.amt)
		case errors.As(err, &insuf):
			fmt.Printf("%-6s -> %-6s %8v short by %v\n", s.from, s.to, s.amt, insuf.Need-insuf.Have)
		default:
			fmt.Printf("%-6s -> %-6s %8v error: %v\n", s.from, s.to, s.amt, err)
		}
	}
	bob.frozen = true
	err := bank.Transfer("bob", "alice", 1)
	fmt.Println("frozen:", err, errors.Is(err, ErrFrozen))

	ids := make([]string, 0, len(bank.accounts))
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%v history: %s\n", a, strings.Join(a.history, " "))
	}
	fmt.Println("total", bank.Total())
	for _, j := range bank.journal {
		println(j)
	}
}
