package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type printer struct {
	sb     strings.Builder
	indent string
	depth  int
	stats  map[string]int
}

func (p *printer) newline() {
	p.sb.WriteByte('\n')
	for i := 0; i < p.depth; i++ {
		p.sb.WriteString(p.indent)
	}
}

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (p *printer) write(v any) {
	switch x := v.(type) {
	case nil:
		p.stats["null"]++
		p.sb.WriteString("null")
	case bool:
		p.stats["bool"]++
		p.sb.WriteString(strconv.FormatBool(x))
	case float64:
		p.stats["number"]++
		p.sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case int, int64:
		p.stats["int"]++
		fmt.Fprintf(&p.sb, "%d", x)
	case string:
		p.stats["string"]++
		p.sb.WriteString(quote(x))
	case []any:
		p.stats["array"]++
		if len(x) == 0 {
			p.sb.WriteString("[]")
			return
		}
		p.sb.WriteByte('[')
		p.depth++
		for i, e := range x {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.newline()
			p.write(e)
		}
		p.depth--
		p.newline()
		p.sb.WriteByte(']')
	case map[string]any:
		p.stats["object"]++
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		p.sb.WriteByte('{')
		p.depth++
		for i, k := range keys {
			if i > 0 {
				p.sb.WriteByte(',')
			}
			p.newline()
			p.sb.WriteString(quote(k) + ": ")
			p.write(x[k])
		}
		p.depth--
		if len(keys) > 0 {
			p.newline()
		}
		p.sb.WriteByte('}')
	case fmt.Stringer:
		p.stats["stringer"]++
		p.sb.WriteString(quote(x.String()))
	default:
		panic(fmt.Sprintf("unsupported type %T", v))
	}
}

func Pretty(v any, indent string) (out string, stats map[string]int, err error) {
	p := &printer{indent: indent, stats: map[string]int{}}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pretty: %v", r)
			out = p.sb.String() + "<!>"
		}
	}()
	p.write(v)
	return p.sb.String(), p.stats, nil
}

type Version [3]int

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v[0], v[1], v[2]) }

func depth(v any) int {
	best := 0
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			best = max(best, depth(e))
		}
		return best + 1
	case map[string]any:
		for _, e := range x {
			best = max(best, depth(e))
		}
		return best + 1
	}
	return 0
}

func main() {
	doc := map[string]any{
		"name":    "deferjit \"demo\"",
		"version": Version{1, 23, 0},
		"enabled": true,
		"ratio":   0.125,
		"big":     1e21,
		"count":   42,
		"missing": nil,
		"tags":    []any{"a", "b\tc", 3.0, false, nil, []any{}},
		"nested": map[string]any{
			"empty":  map[string]any{},
			"matrix": []any{[]any{1.5, -2.0}, []any{int64(-7)}},
			"ctrl":   "bell\x07\n",
			"utf8":   "héllo, 世界",
		},
	}
	out, stats, err := Pretty(doc, "  ")
	fmt.Println(out)
	fmt.Println(stats, err, depth(doc))
	for _, v := range []any{nil, 3.0, "x", []any{1.0}, map[string]any{"k": []any{}}} {
		s, _, err := Pretty(v, "\t")
		fmt.Printf("%q %v\n", s, err)
	}
	bad := []any{1.0, map[string]any{"ok": true, "bad": []int{1}}}
	out, stats, err = Pretty(bad, " ")
	fmt.Printf("%s\n%v\n%v\n", out, stats, err)
	out, _, err = Pretty(struct{ A int }{1}, "")
	fmt.Printf("%q %v\n", out, err)
	var ifaces []any
	for i, v := range []any{int8(1), uint(2), 'r', complex(1, 2), Version{}, [2]int{}} {
		_, ok := v.(fmt.Stringer)
		ifaces = append(ifaces, fmt.Sprintf("%d:%T:%t", i, v, ok))
	}
	fmt.Println(ifaces...)
}
