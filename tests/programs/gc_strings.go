package main

import (
	"fmt"
	"strconv"
	"strings"
)

var subs []string
var byteKeep [][]byte

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func hashBytes(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h ^= uint32(c)
		h *= 16777619
	}
	return h
}

func main() {
	// Quadratic concatenation: every step makes a new string and drops the old one.
	s := ""
	for i := 0; i < 8000; i++ {
		s += strconv.Itoa(i%10) + ","
	}
	fmt.Println("concat len", len(s), "hash", hash(s), s[:20], s[len(s)-20:])

	// Builders grown and thrown away; every 100th result kept.
	var keptBuilt []string
	for round := 0; round < 300; round++ {
		var b strings.Builder
		for i := 0; i < 500; i++ {
			b.WriteString("ab")
			b.WriteByte(byte('0' + (i+round)%10))
		}
		r := b.String()
		if round%100 == 0 {
			keptBuilt = append(keptBuilt, r)
		}
	}
	for i, r := range keptBuilt {
		fmt.Println("built", i, len(r), hash(r))
	}

	// Sprintf in loops; substrings of big strings are the only references kept.
	for i := 0; i < 20000; i++ {
		big := fmt.Sprintf("<%08d|%s|%x>", i, strings.Repeat("xyz", 40+i%50), i*31)
		if i%50 == 0 {
			subs = append(subs, big[1:9])         // the digits
			subs = append(subs, big[len(big)-5:]) // tail of the hex part
		}
	}
	sh := uint32(0)
	for _, t := range subs {
		sh = sh*31 + hash(t)
	}
	fmt.Println("subs", len(subs), sh, subs[0], subs[1], subs[len(subs)-2], subs[len(subs)-1])

	// []byte conversions in both directions.
	for i := 0; i < 30000; i++ {
		str := "value-" + strconv.Itoa(i*i)
		b := []byte(str)
		b[0] = 'V'
		back := string(b)
		if i%1000 == 0 {
			byteKeep = append(byteKeep, b[2:])
			subs = append(subs, back)
		}
	}
	bh := uint32(0)
	for _, b := range byteKeep {
		bh = bh*17 + hashBytes(b)
	}
	fmt.Println("bytes kept", len(byteKeep), bh, string(byteKeep[3]), subs[len(subs)-1])

	// Splitting and joining large strings.
	parts := make([]string, 0)
	for i := 0; i < 5000; i++ {
		parts = append(parts, strconv.Itoa(i))
	}
	joined := strings.Join(parts, ";")
	parts = nil
	total := 0
	for round := 0; round < 20; round++ {
		fields := strings.Split(joined, ";")
		for _, f := range fields {
			n, _ := strconv.Atoi(f)
			total += n
		}
		up := strings.ToUpper(joined + "abc")
		total += len(up)
	}
	fmt.Println("split total", total, len(joined), hash(joined))

	// A map keyed by freshly built strings; keys checked after churn.
	m := map[string]int{}
	for i := 0; i < 20000; i++ {
		m[fmt.Sprintf("k%05d", i)] = i
	}
	for i := 0; i < 100000; i++ {
		_ = fmt.Sprintf("garbage %d %s", i, "zzzzzzzzzzzzzzzzzzzzzz")
	}
	bad := 0
	for i := 0; i < 20000; i++ {
		if m[fmt.Sprintf("k%05d", i)] != i {
			bad++
		}
	}
	fmt.Println("map keys bad", bad, len(m))

	// The first concatenated string and the kept pieces are still intact.
	fmt.Println("concat again", hash(s), len(s))
	for i := 0; i < len(subs); i += 97 {
		fmt.Println(i, subs[i])
	}
	fmt.Println(strings.Count(s, "7,"), strings.Index(s, "9,0,"), strings.LastIndex(s, "5,6"))
}
