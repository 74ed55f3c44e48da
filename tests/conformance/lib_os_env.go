package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

func show(name string) {
	v, ok := os.LookupEnv(name)
	fmt.Printf("%-16s Getenv=%q Lookup=(%q, %v)\n", name, os.Getenv(name), v, ok)
}

func djEnviron() []string {
	var out []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "DJTEST_") {
			out = append(out, kv)
		}
	}
	sort.Strings(out)
	return out
}

func main() {
	fmt.Println("args:", len(os.Args) >= 1, len(os.Args) > 0 && os.Args[0] != "")

	show("DJTEST_UNSET_XYZ")
	show("DJTEST_A")
	for _, kv := range [][2]string{
		{"DJTEST_A", "alpha"},
		{"DJTEST_B", "two words"},
		{"DJTEST_EMPTY", ""},
		{"DJTEST_EQ", "k=v=w"},
		{"DJTEST_UNI", "héllo, 世界"},
		{"DJTEST_PATH", "/usr/bin:/bin"},
	} {
		if err := os.Setenv(kv[0], kv[1]); err != nil {
			fmt.Println("setenv error:", err)
		}
	}
	for _, n := range []string{"DJTEST_A", "DJTEST_B", "DJTEST_EMPTY", "DJTEST_EQ", "DJTEST_UNI", "DJTEST_UNSET_XYZ"} {
		show(n)
	}
	fmt.Println("environ:", djEnviron())

	// Overwrite, then unset.
	os.Setenv("DJTEST_A", "beta")
	show("DJTEST_A")
	fmt.Println("unset:", os.Unsetenv("DJTEST_A"), os.Unsetenv("DJTEST_NEVER_SET"))
	show("DJTEST_A")
	fmt.Println("environ:", djEnviron())

	// Bad names.
	for _, bad := range [][2]string{{"", "x"}, {"DJTEST_X=Y", "z"}, {"DJTEST_NUL", "a\x00b"}} {
		err := os.Setenv(bad[0], bad[1])
		fmt.Printf("Setenv(%q, %q): %v\n", bad[0], bad[1], err)
	}
	show("DJTEST_NUL")

	// Case matters on Unix.
	os.Setenv("DJTEST_case", "lower")
	show("DJTEST_case")
	show("DJTEST_CASE")

	// ExpandEnv and Expand.
	for _, s := range []string{
		"$DJTEST_B and ${DJTEST_EQ}",
		"[$DJTEST_UNSET_XYZ][${DJTEST_EMPTY}]",
		"${DJTEST_UNI}!",
		"$DJTEST_Bx ${DJTEST_B}x",
		"cost: $5 $$ $",
		"${} ${DJTEST_B",
		"$DJTEST_PATH/local",
		"no dollars",
		"",
	} {
		fmt.Printf("ExpandEnv(%q) = %q\n", s, os.ExpandEnv(s))
	}
	mapping := func(k string) string {
		if k == "name" {
			return "gopher"
		}
		return "<" + k + ">"
	}
	fmt.Println(os.Expand("hi $name, ${x} $1 $* ${a-b}", mapping))

	// Clearenv removes everything, including PATH.
	os.Clearenv()
	fmt.Println("after Clearenv:", len(os.Environ()), os.Getenv("PATH") == "", djEnviron() == nil)
	show("DJTEST_B")
	os.Setenv("DJTEST_NEW", "fresh")
	fmt.Println("environ:", os.Environ())
}
