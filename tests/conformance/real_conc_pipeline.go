package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
)

const text = `The quick brown fox
jumps over the lazy dog.

Go channels are typed conduits;
goroutines are lightweight threads!
  leading spaces here
UPPER lower MiXeD 123
the end`

type line struct {
	n    int
	text string
}

func source(r *bufio.Scanner) <-chan line {
	out := make(chan line)
	go func() {
		defer close(out)
		n := 0
		for r.Scan() {
			n++
			out <- line{n, r.Text()}
		}
	}()
	return out
}

func filter(in <-chan line, keep func(string) bool) <-chan line {
	out := make(chan line)
	go func() {
		defer close(out)
		for l := range in {
			if keep(l.text) {
				out <- l
			}
		}
	}()
	return out
}

func mapStage(in <-chan line, workers int, f func(string) string) <-chan line {
	out := make(chan line, 2)
	var wg sync.WaitGroup
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for l := range in {
				out <- line{l.n, f(l.text)}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func normalize(s string) string {
	s = strings.TrimSpace(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	return s
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := source(sc)
	nonEmpty := filter(lines, func(s string) bool { return strings.TrimSpace(s) != "" })
	norm := mapStage(nonEmpty, 3, normalize)
	counted := mapStage(norm, 2, func(s string) string {
		return fmt.Sprintf("%-40s|%d", s, len(strings.Fields(s)))
	})
	var res []line
	for l := range counted {
		res = append(res, l)
	}
	sort.Slice(res, func(i, j int) bool { return res[i].n < res[j].n })
	for _, l := range res {
		fmt.Printf("%2d %s\n", l.n, l.text)
	}
	// word frequency with fan-in
	words := make(chan string)
	var wg sync.WaitGroup
	for _, l := range res {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			ws := bufio.NewScanner(strings.NewReader(s))
			ws.Split(bufio.ScanWords)
			for ws.Scan() {
				w := ws.Text()
				if strings.HasPrefix(w, "|") || strings.Contains(w, "|") {
					continue
				}
				words <- w
			}
		}(l.text)
	}
	go func() { wg.Wait(); close(words) }()
	freq := map[string]int{}
	for w := range words {
		freq[w]++
	}
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if freq[keys[i]] != freq[keys[j]] {
			return freq[keys[i]] > freq[keys[j]]
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys[:8] {
		fmt.Println(k, freq[k])
	}
	fmt.Println("distinct", len(keys))
}
