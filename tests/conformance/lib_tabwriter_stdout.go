package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
	note  string
}

func main() {
	rows := []row{
		{"apple", 3, 0.5, "fresh"},
		{"watermelon", 1, 3.25, ""},
		{"kiwi", 12, 0.2, "imported from far away"},
		{"ñandú egg", 2, 7, "rare"},
	}

	// A typical report, straight to os.Stdout.
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(w, "NAME\tQTY\tPRICE\tNOTE")
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t%s\n", r.name, r.qty, r.price, r.note)
	}
	w.Flush()

	// Numbers aligned right, with a trailing tab so the last column is a cell too.
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	for _, r := range rows {
		fmt.Fprintf(w, "%s\t%d\t%.2f\t\n", r.name, r.qty, r.price)
	}
	w.Flush()

	// Tab padding: cells rounded up to tab stops.
	w.Init(os.Stdout, 0, 8, 0, '\t', 0)
	fmt.Fprintln(w, "a\tb\tc\td\t.")
	fmt.Fprintln(w, "123\t12345\t1234567\t123456789\t.")
	fmt.Fprintln(w)
	w.Flush()

	// Elastic columns: a column ends where a line has fewer cells.
	w.Init(os.Stdout, 0, 8, 1, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc")
	fmt.Fprintln(w, "aa\tbb\tcc")
	fmt.Fprintln(w, "aaa\t") // the trailing tab makes an empty cell
	fmt.Fprintln(w, "aaaa\tdddd\teeee")
	w.Flush()

	// Indentation with TabIndent, whatever the padding character.
	w.Init(os.Stdout, 0, 4, 1, ' ', tabwriter.TabIndent)
	fmt.Fprintln(w, "func f() {")
	fmt.Fprintln(w, "\tx := 1\t// one")
	fmt.Fprintln(w, "\tlonger := 22\t// twenty-two")
	fmt.Fprintln(w, "\t\tnested\t// deeper")
	fmt.Fprintln(w, "}")
	w.Flush()

	// Discarding empty columns made by vertical tabs.
	w.Init(os.Stdout, 0, 8, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.Debug)
	fmt.Fprint(w, "a\v\vb\nc\v\vd\n\v\ve\n")
	fmt.Fprint(w, "a\t\tb\nc\t\td\n")
	w.Flush()

	// HTML filtering and escapes.
	w.Init(os.Stdout, 0, 8, 1, ' ', tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprintln(w, "<td>one</td>\t&eacute;t&eacute;\tx")
	fmt.Fprintln(w, "two\t\xffa\tb\xff\ty")
	fmt.Fprintln(w, "<unterminated\tz")
	w.Flush()
	fmt.Println()

	// A form feed ends a block; Flush without pending text writes nothing.
	w.Init(os.Stdout, 0, 8, 1, ' ', tabwriter.Debug)
	fmt.Fprint(w, "x\ty\nlonger x\ty\f")
	fmt.Fprint(w, "after\tff\n")
	w.Flush()
	w.Flush()
	fmt.Println("done")
}
