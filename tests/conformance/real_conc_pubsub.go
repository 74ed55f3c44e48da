package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu     sync.RWMutex
	subs   map[string]map[int]chan Message
	nextID int
}

func NewBroker() *Broker {
	return &Broker{subs: make(map[string]map[int]chan Message)}
}

func (b *Broker) Subscribe(topic string, buf int) (int, <-chan Message) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.nextID++
	ch := make(chan Message, buf)
	if b.subs[topic] == nil {
		b.subs[topic] = make(map[int]chan Message)
	}
	b.subs[topic][b.nextID] = ch
	return b.nextID, ch
}

func (b *Broker) Unsubscribe(topic string, id int) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if ch, ok := b.subs[topic][id]; ok {
		delete(b.subs[topic], id)
		close(ch)
	}
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	n := 0
	for _, ch := range b.subs[m.Topic] {
		ch <- m
		n++
	}
	return n
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, m := range b.subs {
		for id, ch := range m {
			close(ch)
			delete(m, id)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	listen := func(name string, ch <-chan Message) {
		defer wg.Done()
		for m := range ch {
			mu.Lock()
			got[name] = append(got[name], m.Topic+":"+m.Body)
			mu.Unlock()
		}
		mu.Lock()
		got[name] = append(got[name], "<closed>")
		mu.Unlock()
	}
	idA, chA := b.Subscribe("news", 10)
	_, chB := b.Subscribe("news", 10)
	_, chC := b.Subscribe("sports", 10)
	_, chD := b.Subscribe("sports", 0)
	wg.Add(4)
	go listen("A", chA)
	go listen("B", chB)
	go listen("C", chC)
	go listen("D", chD)
	fmt.Println(b.Publish(Message{"news", "n1"}))
	fmt.Println(b.Publish(Message{"sports", "s1"}))
	fmt.Println(b.Publish(Message{"weather", "w1"}))
	b.Unsubscribe("news", idA)
	b.Unsubscribe("news", idA)
	fmt.Println(b.Publish(Message{"news", "n2"}))
	for i := 0; i < 3; i++ {
		fmt.Println(b.Publish(Message{"sports", fmt.Sprint("s", i+2)}))
	}
	b.Close()
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s: %s\n", n, strings.Join(got[n], " "))
	}
	_, ch := b.Subscribe("late", 1)
	b.Publish(Message{"late", "x"})
	m, ok := <-ch
	fmt.Println(m, ok)
	b.Close()
	m, ok = <-ch
	fmt.Printf("%q %v\n", m.Body, ok)
}
