package main

import "fmt"

const ff = "\xff"
const oct = "\377"
const trunc = "\xe2\x82"
const euro = trunc + "\xac"

func show(s string) {
	fmt.Print(len(s), " [")
	for i := 0; i < len(s); i++ {
		fmt.Print(" ", s[i])
	}
	fmt.Println(" ]")
}

func runes(s string) {
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}

func main() {
	show(ff)
	show(oct)
	show(trunc)
	show("a\x00b\x80\xc0")
	fmt.Println(ff == oct, ff == "\u00ff", len("\u00ff"), ff[0] == 255)
	fmt.Println(euro, len(euro), euro == "€", euro == "\u20ac")
	runes(ff)
	runes(trunc)
	runes("x\xe2\x82\xacy\xf0\x9f")
	runes("\xed\xa0\x80z")
	fmt.Println([]byte(trunc), []rune(trunc), []rune(ff))
	rs := []rune("\xffA\xe2\x82")
	fmt.Println(len(rs), rs, string(rs), len(string(rs)))
	bs := []byte{0xe2, 0x82}
	built := string(bs)
	fmt.Println(built == trunc, built+"\xac" == euro, built < ff, trunc > "\xe2\x81")
	built2 := ""
	for _, b := range []byte{0xff} {
		built2 += string([]byte{b})
	}
	fmt.Println(built2 == ff, built2 == string(rune(0xff)), string(rune(0xff)))
	cat := ff + oct + trunc
	show(cat)
	fmt.Println(cat == "\xff\xff\xe2\x82", cat[2:] == trunc)
	m := map[string]int{ff: 1, trunc: 2, euro: 3}
	m[oct] += 10
	m[string(bs)] += 100
	fmt.Println(len(m), m[ff], m[trunc], m["\xe2\x82\xac"], m["\u00ff"])
	var k any = ff
	fmt.Println(k == any(oct), k == any(built2))
	u := "\xc3\xa9t\xc3\xa9"
	fmt.Println(u, len(u), u == "été")
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0x10FFFF+1)) == "\xef\xbf\xbd")
	b2 := []byte("\xff\xfe")
	b2[1]++
	fmt.Println(b2, string(b2) == "\xff\xff")
	println(len(ff), len(euro), euro)
}
