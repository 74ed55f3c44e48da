package main

import "fmt"

func main() {
	one := 1
	for _, s := range []int{0, 1, 62, 63, 64, 65, 100, 1000} {
		fmt.Println(s, one<<s, -one<<s, (one<<62)>>s, -8>>s, 9223372036854775807>>s)
	}
	m := -9223372036854775808
	fmt.Println(m>>63, m>>64, m<<1, 1<<63>>1 == 0)
	k := 3
	v := 5
	v <<= k
	fmt.Println(v, v>>k, v>>(k*30), 255&^(1<<k))
}
