package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
)

type config struct {
	minwidth, tabwidth, padding int
	padchar                     byte
	flags                       uint
}

// recorder remembers every Write call.
type recorder struct {
	calls []string
}

func (r *recorder) Write(p []byte) (int, error) {
	r.calls = append(r.calls, string(p))
	return len(p), nil
}

func (r *recorder) text() string { return strings.Join(r.calls, "") }

var inputs = []string{
	"",
	"a",
	"a\n",
	"a\tb\tc\n",
	"a\tb\tc",
	"a\tbb\tccc\ndddd\te\tf\n",
	"name\tage\tcity\nAlice\t30\tParis\nBob\t4\tSan Francisco\n\nafter\tthe\tgap\nx\n",
	"1\t2\t3\t4\n11\t222\t3333\t44444\n",
	"\t\tindented\n\tless\nnone\n",
	"\ta\n\t\tb\n\tc\n",
	"a\vb\vc\n\v\vd\naa\v\vdd\n",
	"x\t\ty\nxx\t\tyy\n",
	"x\v\vy\nxx\v\vyy\n",
	"héllo\twörld\tend\n日本語\t中文\tx\nabc\tdef\tghi\n",
	"bad\xff\xfe\tutf8\nok\tok\n",
	"<b>bold</b>\tplain\n&amp;&lt;x\ty\n<i>\t&\n",
	"a\xffb\tc\xffd\te\nf\tg\n",
	"\xff\t\n\xff\tend\n",
	"col1\tcol2\fnext\tblock\nx\ty\n",
	"a\tb\n\fc\td\n",
	"trailing\ttab\t\nno\tnewline\tat end",
	"1\t22\t333\n4444\t55555\t666666\n7\t8\t9\n",
	"a\t\n\tb\n",
	"\n\n\t\n",
}

var configs = []config{
	{0, 8, 1, ' ', 0},
	{0, 8, 1, '.', 0},
	{5, 0, 1, '-', 0},
	{0, 4, 0, '\t', 0},
	{0, 8, 1, '\t', 0},
	{8, 8, 1, '\t', 0},
	{0, 0, 1, '\t', 0},
	{0, 8, 2, ' ', tabwriter.AlignRight},
	{0, 8, 1, '\t', tabwriter.AlignRight},
	{0, 8, 1, ' ', tabwriter.Debug},
	{0, 8, 1, '.', tabwriter.Debug | tabwriter.AlignRight},
	{0, 8, 1, '.', tabwriter.DiscardEmptyColumns},
	{0, 8, 1, '\t', tabwriter.DiscardEmptyColumns},
	{0, 8, 1, '.', tabwriter.TabIndent},
	{0, 4, 1, '.', tabwriter.TabIndent | tabwriter.DiscardEmptyColumns},
	{0, 8, 1, '.', tabwriter.FilterHTML},
	{0, 8, 1, '.', tabwriter.StripEscape},
	{0, 8, 1, '.', tabwriter.FilterHTML | tabwriter.StripEscape},
	{3, 8, 3, '*', tabwriter.Debug | tabwriter.DiscardEmptyColumns | tabwriter.TabIndent},
	{20, 8, 1, ' ', 0},
}

func main() {
	for ci, c := range configs {
		for ii, in := range inputs {
			var r recorder
			w := tabwriter.NewWriter(&r, c.minwidth, c.tabwidth, c.padding, c.padchar, c.flags)
			n, err := w.Write([]byte(in))
			before := len(r.calls)
			ferr := w.Flush()
			fmt.Printf("c%d i%d: n=%d err=%v ferr=%v calls=%d/%d %q\n", ci, ii, n, err, ferr, before, len(r.calls), r.text())
		}
	}
	// The pieces of one output.
	var r recorder
	w := tabwriter.NewWriter(&r, 0, 8, 1, '.', tabwriter.Debug)
	fmt.Fprintf(w, "a\tbbbbbbbbbbbbbbbbbbbbbbb\tc\nd\te\tf\n")
	w.Flush()
	fmt.Printf("%q\n", r.calls)
	r.calls = nil
	w.Init(&r, 0, 4, 1, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\t\t\t\t\t\t\t\t\t\t\tdeep\n\tx\tyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\tz\n")
	w.Flush()
	fmt.Printf("%q\n", r.calls)
}
