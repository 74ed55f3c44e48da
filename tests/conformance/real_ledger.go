package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
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

func ParseCents(s string) (Cents, error) {
	whole, frac, ok := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse amount %q: %w", s, err)
	}
	var f int64
	if ok {
		if len(frac) != 2 {
			return 0, fmt.Errorf("parse amount %q: need 2 decimals", s)
		}
		f, err = strconv.ParseInt(frac, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("parse amount %q: %w", s, err)
		}
	}
	return Cents(w*100 + f), nil
}

type Account struct {
	ID      string
	Owner   string
	Balance Cents
	Limit   Cents
}

type Ledger struct {
	accounts map[string]*Account
	history  []Txn
}

type Txn struct {
	From, To string
	Amount   Cents
}

var (
	ErrNoAccount = errors.New("no such account")
	ErrFrozen    = errors.New("account frozen")
)

type OverdraftError struct {
	Account string
	Need    Cents
}

func (e OverdraftError) Error() string {
	return "overdraft on " + e.Account + ": need " + e.Need.String()
}

func (l *Ledger) get(id string) (*Account, error) {
	a, ok := l.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (l *Ledger) Transfer(from, to string, amt Cents) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("transfer %s->%s %v: %w", from, to, amt, err)
		} else {
			l.history = append(l.history, Txn{from, to, amt})
		}
	}()
	src, err1 := l.get(from)
	dst, err2 := l.get(to)
	if e := errors.Join(err1, err2); e != nil {
		return e
	}
	if src.Balance-amt < -src.Limit {
		return OverdraftError{from, amt - src.Balance - src.Limit}
	}
	src.Balance -= amt
	dst.Balance += amt
	return nil
}

func main() {
	l := &Ledger{accounts: map[string]*Account{}}
	for _, a := range []Account{
		{"A1", "alice", 10000, 0},
		{"B2", "bob", 2550, 5000},
		{"C3", "carol", 0, 0},
	} {
		a := a
		l.accounts[a.ID] = &a
	}
	script := []string{
		"A1 B2 12.34",
		"B2 C3 100.00",
		"C3 A1 0.01",
		"X9 A1 1.00",
		"X9 Y8 1.00",
		"A1 C3 abc",
		"A1 C3 1.5",
		"B2 A1 20.00",
	}
	for i, line := range script {
		var from, to, amt string
		n, err := fmt.Sscanf(line, "%s %s %s", &from, &to, &amt)
		if err != nil || n != 3 {
			fmt.Println("bad line", i, err)
			continue
		}
		c, err := ParseCents(amt)
		if err != nil {
			fmt.Printf("%2d: %v\n", i, err)
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Printf("    func=%s num=%q err=%v\n", ne.Func, ne.Num, ne.Err)
			}
			continue
		}
		err = l.Transfer(from, to, c)
		var od OverdraftError
		switch {
		case err == nil:
			fmt.Printf("%2d: ok %v\n", i, c)
		case errors.As(err, &od):
			fmt.Printf("%2d: %v [need %v]\n", i, err, od.Need)
		case errors.Is(err, ErrNoAccount):
			fmt.Printf("%2d: missing: %q\n", i, err.Error())
		default:
			fmt.Printf("%2d: other %v\n", i, err)
		}
	}
	ids := make([]string, 0)
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var sum Cents
	fmt.Printf("%-4s %-8s %12s\n", "ID", "OWNER", "BALANCE")
	for _, id := range ids {
		a := l.accounts[id]
		sum += a.Balance
		fmt.Printf("%-4s %-8s %12v\n", a.ID, a.Owner, a.Balance)
	}
	fmt.Printf("%-13s %12s\n", "total", sum)
	fmt.Println(len(l.history), l.history)
	fmt.Printf("%v|%+v|%d\n", l.history[0], l.history[1], l.history[0].Amount)
	fmt.Println(Cents(-5), Cents(-12345), Cents(7))
}
