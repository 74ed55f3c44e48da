package main

import (
	"fmt"
	"strings"
)

// A vending machine driven by events; states and events are types, transitions a type switch.

type State interface{ name() string }

type Idle struct{}
type HasMoney struct{ Cents int }
type Dispensing struct {
	Item   string
	Change int
}
type Broken struct{ Reason string }

func (Idle) name() string       { return "Idle" }
func (HasMoney) name() string   { return "HasMoney" }
func (Dispensing) name() string { return "Dispensing" }
func (Broken) name() string     { return "Broken" }

type Event interface{}

type Coin struct{ Cents int }
type Select struct{ Item string }
type Refund struct{}
type Take struct{}
type Kick struct{ Force int }

var prices = map[string]int{"cola": 120, "chips": 75, "gum": 30}

type transitionError struct {
	from State
	ev   Event
}

func (e transitionError) Error() string {
	return fmt.Sprintf("no transition from %s on %T", e.from.name(), e.ev)
}

type Machine struct {
	state   State
	bank    int
	history []string
}

func (m *Machine) next(ev Event) State {
	switch s := m.state.(type) {
	case Idle:
		switch e := ev.(type) {
		case Coin:
			return HasMoney{e.Cents}
		case Refund, Take:
			return s // ignored; e has type Event here
		}
	case HasMoney:
		switch e := ev.(type) {
		case Coin:
			return HasMoney{s.Cents + e.Cents}
		case Select:
			price, ok := prices[e.Item]
			if !ok {
				panic(fmt.Errorf("unknown item %q", e.Item))
			}
			if price > s.Cents {
				return s
			}
			m.bank += price
			return Dispensing{Item: e.Item, Change: s.Cents - price}
		case Refund:
			return Idle{}
		}
	case Dispensing:
		if _, ok := ev.(Take); ok {
			return Idle{}
		}
	case Broken:
		panic("machine is broken: " + s.Reason)
	case nil:
		return Idle{}
	}
	if k, ok := ev.(Kick); ok {
		if k.Force > 5 {
			return Broken{Reason: fmt.Sprintf("kicked with force %d", k.Force)}
		}
		return m.state
	}
	panic(transitionError{m.state, ev})
}

// Dispatch applies one event. Invalid transitions come back as errors; other panics
// propagate to the caller.
func (m *Machine) Dispatch(ev Event) (err error) {
	before := m.state
	defer func() {
		after := "?"
		if m.state != nil {
			after = m.state.name()
		}
		from := "<nil>"
		if before != nil {
			from = before.name()
		}
		m.history = append(m.history, from+"->"+after)
	}()
	defer func() {
		if r := recover(); r != nil {
			te, ok := r.(transitionError)
			if !ok {
				panic(r)
			}
			err = te
		}
	}()
	m.state = m.next(ev)
	return nil
}

func run(m *Machine, events []Event) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("  fatal for this run: %v\n", r)
			println("run aborted:", fmt.Sprint(r))
		}
	}()
	for _, ev := range events {
		err := m.Dispatch(ev)
		var desc string
		switch s := m.state.(type) {
		case Dispensing:
			desc = fmt.Sprintf("Dispensing %s, change %d", s.Item, s.Change)
		case HasMoney:
			desc = fmt.Sprintf("HasMoney %d", s.Cents)
		default:
			desc = s.name()
		}
		if err != nil {
			desc += fmt.Sprintf(" (error: %v)", err)
		}
		fmt.Printf("  %-22s -> %s\n", fmt.Sprintf("%T%+v", ev, ev), desc)
	}
}

func main() {
	m := &Machine{}
	fmt.Println("run 1")
	run(m, []Event{Refund{}, Coin{100}, Select{"cola"}, Coin{25}, Select{"cola"}, Take{}, Take{}, Coin{50}, Refund{}})
	fmt.Println("run 2")
	run(m, []Event{Coin{30}, Select{"gum"}, Coin{5}, Take{}, Select{"gum"}})
	fmt.Println("run 3")
	run(m, []Event{Coin{80}, Select{"tea"}, Refund{}})
	fmt.Println("run 4")
	run(m, []Event{Kick{3}, Kick{9}, Coin{10}})
	fmt.Println("bank:", m.bank)
	fmt.Println("history:", strings.Join(m.history, " "))
}
