package wordfreq

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"
)

// Count returns how often each lower-cased word occurs in text.
func Count(text string) map[string]int {
	counts := make(map[string]int)
	for _, w := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		counts[strings.ToLower(w)]++
	}
	return counts
}

// Top returns the n most frequent words, ties broken alphabetically.
func Top(counts map[string]int, n int) []string {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > n {
		words = words[:n]
	}
	return words
}

func assertCount(t *testing.T, counts map[string]int, word string, want int) {
	t.Helper()
	if got := counts[word]; got != want {
		t.Errorf("count[%q] = %d, want %d", word, got, want)
	}
}

func TestCount(t *testing.T) {
	cases := []struct {
		name string
		text string
		word string
		want int
	}{
		{"empty", "", "a", 0},
		{"single", "hello", "hello", 1},
		{"case folding", "Go go GO gopher", "go", 3},
		{"punctuation", "well, well. WELL!", "well", 3},
		{"apostrophe", "don't stop, don't", "don't", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			counts := Count(c.text)
			assertCount(t, counts, c.word, c.want)
			t.Logf("%d distinct words", len(counts))
		})
	}
}

func TestTop(t *testing.T) {
	counts := Count("the cat and the hat and the bat")
	got := Top(counts, 3)
	want := []string{"the", "and", "bat"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Top = %v, want %v", got, want)
	}
	if len(Top(counts, 100)) != len(counts) {
		t.Error("Top with a large n should return every word")
	}
}

func TestTopIsStable(t *testing.T) {
	counts := map[string]int{"b": 1, "a": 1, "c": 1}
	for i := 0; i < 5; i++ {
		if got := strings.Join(Top(counts, 3), ","); got != "a,b,c" {
			t.Fatalf("iteration %d: got %s", i, got)
		}
	}
}
