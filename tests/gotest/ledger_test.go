package ledger

import (
	"errors"
	"fmt"
	"testing"
)

var ErrInsufficient = errors.New("insufficient funds")

type Account struct {
	Name    string
	Balance int
}

func (a *Account) Withdraw(n int) error {
	if n > a.Balance {
		return fmt.Errorf("withdraw %d from %s: %w", n, a.Name, ErrInsufficient)
	}
	a.Balance -= n
	return nil
}

func Transfer(from, to *Account, n int) error {
	if err := from.Withdraw(n); err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	to.Balance += n
	return nil
}

var setupCalls int

func TestMain(m *testing.M) {
	setupCalls++
	fmt.Println("setup", setupCalls)
	code := m.Run()
	fmt.Println("teardown, code", code)
}

func TestWithdraw(t *testing.T) {
	a := &Account{"alice", 100}
	if err := a.Withdraw(30); err != nil {
		t.Fatal(err)
	}
	if a.Balance != 70 {
		t.Errorf("balance = %d", a.Balance)
	}
	err := a.Withdraw(100)
	if !errors.Is(err, ErrInsufficient) {
		t.Errorf("err = %v, want ErrInsufficient", err)
	}
	t.Log("error text:", err)
}

func TestTransfer(t *testing.T) {
	a, b := &Account{"a", 10}, &Account{"b", 0}
	t.Cleanup(func() { fmt.Printf("final balances %d %d\n", a.Balance, b.Balance) })
	for i, n := range []int{4, 4, 4} {
		err := Transfer(a, b, n)
		t.Logf("transfer %d: %v", i, err)
	}
	if a.Balance+b.Balance != 10 {
		t.Errorf("money was created or lost: %d + %d", a.Balance, b.Balance)
	}
	if b.Balance != 9 {
		t.Errorf("b.Balance = %d, want 9 (this expectation is wrong on purpose)", b.Balance)
	}
}

func TestConcurrentDeposits(t *testing.T) {
	acc := &Account{"shared", 0}
	done := make(chan int)
	for w := 0; w < 4; w++ {
		go func(w int) {
			for i := 0; i < 100; i++ {
				acc.Balance++
			}
			done <- w
		}(w)
	}
	for i := 0; i < 4; i++ {
		<-done
	}
	if acc.Balance != 400 {
		t.Fatalf("balance %d", acc.Balance)
	}
}
