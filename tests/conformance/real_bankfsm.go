package main

import (
	"errors"
	"fmt"
	"os"
)

type State int

const (
	Pending State = iota
	Active
	Frozen
	Closed
)

func (s State) String() string {
	switch s {
	case Pending:
		return "Pending"
	case Active:
		return "Active"
	case Frozen:
		return "Frozen"
	case Closed:
		return "Closed"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

var ErrInsufficient = errors.New("insufficient funds")
var ErrClosed = errors.New("account closed")

type StateError struct {
	Op   string
	From State
}

func (e *StateError) Error() string {
	return fmt.Sprintf("cannot %s in state %v", e.Op, e.From)
}

type LimitError struct {
	Limit, Requested int64
	Err              error
}

func (e LimitError) Error() string {
	return fmt.Sprintf("limit %d exceeded by %d: %v", e.Limit, e.Requested-e.Limit, e.Err)
}

func (e LimitError) Unwrap() error { return e.Err }

type Account struct {
	ID      string
	Balance int64
	State   State
	Limit   int64
	history []string
}

func (a *Account) log(format string, args ...any) {
	a.history = append(a.history, fmt.Sprintf(format, args...))
}

func (a *Account) transition(op string, allowed []State, to State) (err error) {
	defer func() {
		if err != nil {
			a.log("FAIL %s: %v", op, err)
		} else {
			a.log("%s -> %v", op, to)
		}
	}()
	for _, s := range allowed {
		if s == a.State {
			a.State = to
			return nil
		}
	}
	if a.State == Closed {
		return fmt.Errorf("%s %s: %w", op, a.ID, ErrClosed)
	}
	return &StateError{Op: op, From: a.State}
}

func (a *Account) Activate() error { return a.transition("activate", []State{Pending, Frozen}, Active) }
func (a *Account) Freeze() error   { return a.transition("freeze", []State{Active}, Frozen) }
func (a *Account) Close() error {
	if a.Balance != 0 {
		return fmt.Errorf("close %s: balance %d remains", a.ID, a.Balance)
	}
	return a.transition("close", []State{Active, Frozen, Pending}, Closed)
}

func (a *Account) Withdraw(n int64) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("withdraw %d: %w", n, err)
		}
	}()
	if a.State != Active {
		return &StateError{"withdraw", a.State}
	}
	if n > a.Limit {
		return LimitError{a.Limit, n, ErrInsufficient}
	}
	if n > a.Balance {
		return ErrInsufficient
	}
	a.Balance -= n
	a.log("withdraw %d -> %d", n, a.Balance)
	return nil
}

func (a *Account) Deposit(n int64) error {
	if a.State == Closed {
		return ErrClosed
	}
	a.Balance += n
	a.log("deposit %d -> %d", n, a.Balance)
	return nil
}

func classify(err error) string {
	var se *StateError
	var le LimitError
	switch {
	case err == nil:
		return "ok"
	case errors.As(err, &le):
		return fmt.Sprintf("limit(%d/%d) is-insufficient=%t", le.Requested, le.Limit, errors.Is(err, ErrInsufficient))
	case errors.As(err, &se):
		return "state:" + se.From.String()
	case errors.Is(err, ErrClosed):
		return "closed"
	case errors.Is(err, ErrInsufficient):
		return "insufficient"
	}
	return "other"
}

func main() {
	acct := &Account{ID: "ACC-1", Limit: 500}
	steps := []struct {
		name string
		do   func() error
	}{
		{"withdraw early", func() error { return acct.Withdraw(10) }},
		{"activate", acct.Activate},
		{"deposit", func() error { return acct.Deposit(1000) }},
		{"withdraw 200", func() error { return acct.Withdraw(200) }},
		{"withdraw 600", func() error { return acct.Withdraw(600) }},
		{"freeze", acct.Freeze},
		{"freeze again", acct.Freeze},
		{"withdraw frozen", func() error { return acct.Withdraw(1) }},
		{"close nonzero", acct.Close},
		{"activate", acct.Activate},
		{"withdraw 500", func() error { return acct.Withdraw(500) }},
		{"withdraw 400", func() error { return acct.Withdraw(400) }},
		{"withdraw 300", func() error { return acct.Withdraw(300) }},
		{"close", acct.Close},
		{"activate closed", acct.Activate},
		{"deposit closed", func() error { return acct.Deposit(5) }},
	}
	for i, st := range steps {
		err := st.do()
		fmt.Printf("%2d %-16s %-8v %-5d %-40s %v\n", i, st.name, acct.State, acct.Balance, classify(err), err)
	}
	fmt.Println("history:")
	for i, h := range acct.history {
		fmt.Printf("  %02d. %s\n", i+1, h)
	}
	var target *StateError
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", &StateError{"x", State(7)}))
	fmt.Println(errors.As(wrapped, &target), target.From, target)
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == error(target))
	fmt.Printf("%v %d %s\n", State(2), Frozen, Closed)
	if acct.State == Closed {
		fmt.Fprintln(os.Stderr, "fatal: account", acct.ID, "is", acct.State)
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
