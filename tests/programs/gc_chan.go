package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// Msg travels through channels as a pointer.
type Msg struct {
	from, seq int
	body      []byte
	text      string
	next      *Msg
}

func producer(id, n int, out chan<- *Msg, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		m := &Msg{from: id, seq: i, body: make([]byte, 64+i%200), text: "m" + strconv.Itoa(id) + "-" + strconv.Itoa(i)}
		for j := range m.body {
			m.body[j] = byte(id + i + j)
		}
		if i%3 == 0 {
			m.next = &Msg{from: -id, seq: -i, text: strings.Repeat("n", i%10)}
		}
		_ = make([]int, 32) // garbage between sends
		out <- m
	}
}

func valid(m *Msg) bool {
	if m.text != "m"+strconv.Itoa(m.from)+"-"+strconv.Itoa(m.seq) || len(m.body) != 64+m.seq%200 {
		return false
	}
	for j, b := range m.body {
		if b != byte(m.from+m.seq+j) {
			return false
		}
	}
	if m.seq%3 == 0 && (m.next == nil || m.next.seq != -m.seq || len(m.next.text) != m.seq%10) {
		return false
	}
	return true
}

func main() {
	// Buffered channel, 8 producers, one consumer keeping every 1000th message.
	ch := make(chan *Msg, 64)
	var wg sync.WaitGroup
	for p := 0; p < 8; p++ {
		wg.Add(1)
		go producer(p, 20000, ch, &wg)
	}
	go func() { wg.Wait(); close(ch) }()
	var kept []*Msg
	count, bad := 0, 0
	perFrom := make([]int, 8)
	for m := range ch {
		if !valid(m) {
			bad++
		}
		count++
		perFrom[m.from] += m.seq
		if m.seq%1000 == 0 {
			kept = append(kept, m)
		}
	}
	sort.Slice(kept, func(i, j int) bool {
		if kept[i].from != kept[j].from {
			return kept[i].from < kept[j].from
		}
		return kept[i].seq < kept[j].seq
	})
	fmt.Println("buffered", count, bad, perFrom, len(kept))

	// Unbuffered: byte slices and strings, a pipeline of three stages.
	src := make(chan []byte)
	mid := make(chan string)
	dst := make(chan int)
	go func() {
		for i := 0; i < 50000; i++ {
			b := []byte(fmt.Sprintf("%06d", i))
			src <- b
		}
		close(src)
	}()
	go func() {
		for b := range src {
			mid <- string(b) + "|" + strings.Repeat("x", len(b))
		}
		close(mid)
	}()
	go func() {
		s := 0
		for t := range mid {
			n, err := strconv.Atoi(t[:6])
			if err != nil || t[6:] != "|xxxxxx" {
				s -= 1000000
			}
			s += n
		}
		dst <- s
	}()
	fmt.Println("pipeline", <-dst)

	// Workers with a mutex-protected shared map of pointers.
	var mu sync.Mutex
	shared := map[int]*Msg{}
	var wg2 sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg2.Add(1)
		go func(w int) {
			defer wg2.Done()
			for i := 0; i < 10000; i++ {
				m := &Msg{from: w, seq: i, text: "m" + strconv.Itoa(w) + "-" + strconv.Itoa(i), body: make([]byte, 64+i%200)}
				for j := range m.body {
					m.body[j] = byte(w + i + j)
				}
				if i%3 == 0 {
					m.next = &Msg{seq: -i, text: strings.Repeat("n", i%10)}
				}
				if i%100 == 0 {
					mu.Lock()
					shared[w*100000+i] = m
					mu.Unlock()
				}
			}
		}(w)
	}
	wg2.Wait()
	sb := 0
	for k, m := range shared {
		if !valid(m) || k != m.from*100000+m.seq {
			sb++
		}
	}
	fmt.Println("shared", len(shared), "bad", sb)

	// Select over two channels with results collected by key.
	a := make(chan *Msg, 4)
	b := make(chan string, 4)
	done := make(chan bool)
	go func() {
		for i := 0; i < 30000; i++ {
			if i%2 == 0 {
				a <- &Msg{seq: i, text: strconv.Itoa(i)}
			} else {
				b <- strconv.Itoa(i)
			}
		}
		close(done)
	}()
	got := 0
	sum := 0
	for got < 30000 {
		select {
		case m := <-a:
			n, _ := strconv.Atoi(m.text)
			sum += n - m.seq + n
			got++
		case s := <-b:
			n, _ := strconv.Atoi(s)
			sum += n
			got++
		}
	}
	<-done
	fmt.Println("select", got, sum)

	// The kept messages from the first phase are still intact.
	for i, m := range kept {
		if i%20 == 0 {
			fmt.Println("kept", m.from, m.seq, m.text, valid(m), len(m.body))
		}
	}
	vk := 0
	for _, m := range kept {
		if valid(m) {
			vk++
		}
	}
	fmt.Println("kept valid", vk, "of", len(kept))
}
