package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
)

const corpus = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs away!

A quick brown dog? No -- a quick, QUICK fox.
Foxes and dogs: the eternal story of the fox and the dog.
It's the end.`

type wordCount struct {
	word  string
	count int
}

type stats struct {
	lines, blank, words int
	longestLine         int
	longestLen          int
	counts              map[string]int
}

func writeCorpus(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	for i, line := range strings.Split(corpus, "\n") {
		if _, err := fmt.Fprintln(f, line); err != nil {
			return fmt.Errorf("line %d: %w", i+1, err)
		}
	}
	return nil
}

func analyze(name string) (*stats, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("analyze: %w", err)
	}
	defer f.Close()
	st := &stats{counts: make(map[string]int)}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		st.lines++
		if strings.TrimSpace(line) == "" {
			st.blank++
			continue
		}
		if len(line) > st.longestLen {
			st.longestLen, st.longestLine = len(line), st.lines
		}
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			st.counts[strings.ToLower(w)]++
			st.words++
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return st, nil
}

func (st *stats) top(n int) []wordCount {
	list := make([]wordCount, 0, len(st.counts))
	for w, c := range st.counts {
		list = append(list, wordCount{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	if len(list) > n {
		list = list[:n]
	}
	return list
}

func main() {
	dir, err := os.MkdirTemp("", "wordfreq")
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	defer os.RemoveAll(dir)
	if err := os.Chdir(dir); err != nil {
		fmt.Println("error:", err)
		return
	}

	if err := writeCorpus("corpus.txt"); err != nil {
		fmt.Println("write:", err)
		return
	}
	st, err := analyze("corpus.txt")
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("lines=%d blank=%d words=%d distinct=%d longest=line %d (%d bytes)\n",
		st.lines, st.blank, st.words, len(st.counts), st.longestLine, st.longestLen)

	var report strings.Builder
	for i, wc := range st.top(8) {
		line := fmt.Sprintf("%2d. %-8s %2d %s", i+1, wc.word, wc.count, strings.Repeat("#", wc.count))
		fmt.Println(line)
		report.WriteString(line + "\n")
	}
	if err := os.WriteFile("report.txt", []byte(report.String()), 0600); err != nil {
		fmt.Println("report:", err)
		return
	}
	data, err := os.ReadFile("report.txt")
	fmt.Printf("report.txt: %d bytes, %d lines, err=%v\n", len(data), strings.Count(string(data), "\n"), err)

	entries, _ := os.ReadDir(".")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Printf("  %-12s %4d bytes\n", e.Name(), info.Size())
	}

	if _, err := analyze("missing.txt"); err != nil {
		fmt.Println("expected failure:", err)
		fmt.Println("is not-exist:", os.IsNotExist(err), "(os.IsNotExist does not unwrap fmt.Errorf)")
	}
}
