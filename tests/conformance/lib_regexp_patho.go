package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	long := strings.Repeat("a", 20000)
	for _, p := range []string{`(a*)*b`, `(a|aa)*b`, `(a+a+)+b`, `(?:a*)*$`, `(a|a)*c`, `^(a?){25}(a){25}$`, `(.*)*x`, `(a*)+$`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%q %v %v\n", p, re.MatchString(long), re.FindStringSubmatchIndex(long[:30]))
		lre := regexp.MustCompile(p)
		lre.Longest()
		fmt.Printf("  longest %v\n", lre.FindStringSubmatchIndex(long[:25]+"b"))
	}
	x := strings.Repeat("x", 5000)
	re := regexp.MustCompile(`(x+x+)+y`)
	fmt.Println(re.MatchString(x), re.FindStringIndex(x+"y"))
	// Many matches over a long input stay linear.
	text := strings.Repeat("word1 word22 ", 20000)
	w := regexp.MustCompile(`\w+`)
	all := w.FindAllStringIndex(text, -1)
	fmt.Println(len(all), all[len(all)-1])
	fmt.Println(len(w.ReplaceAllString(text, "<$0>")))
	fmt.Println(len(regexp.MustCompile(`\s+`).Split(text, -1)))
	e := regexp.MustCompile(`z*`)
	fmt.Println(len(e.FindAllStringIndex(text[:50000], -1)))
	fmt.Println(regexp.MustCompile(`(?i)WORD22 $`).FindStringIndex(text))
}
