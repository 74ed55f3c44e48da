package main

import (
	"errors"
	"fmt"
	"path"
)

var paths = []string{
	"", ".", "..", "/", "//", "///", "a", "a/", "/a", "/a/", "a/b", "a//b", "a/./b", "a/../b",
	"a/b/..", "a/b/../..", "a/b/../../..", "../a", "../../a/b", "/..", "/../a", "/a/../..",
	"./", "./a", "a/.", "a/./.", ".a", "a.", "a.b.c", "/x.go", "x.tar.gz", "dir.d/file",
	"dir.d/", "abc/def/ghi", "/abc/def/ghi/", "a/b/c/../../d", "..a/b", "a..", "...", ".../..",
	"a/../../b/../c", "//a//b//", "/./", "/./a/../b/.", "日本/語.txt", "a\\b", "\xff/\xfe",
}

func main() {
	for _, p := range paths {
		dir, file := path.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v Split=%q,%q\n",
			p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), dir, file)
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "a"}, {"a", "", "b"}, {"/", "a"},
		{"a/", "/b"}, {"a", "../b"}, {"a", "/b"}, {"", "/"}, {"..", ".."}, {"/..", "a"},
		{"a", "b", "c/"}, {"", "", "x"}, {".", "."}, {"a", "."}, {"", "."},
	}
	for _, j := range joins {
		fmt.Printf("Join%q = %q\n", j, path.Join(j...))
	}
	matches := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "abc"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*/b", "a/c/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/f"}, {"a*b*c*d*e*/f", "axbxcxdxe/xxx/f"},
		{"a*b*c*d*e*/f", "axbxcxdxexxx/fff"}, {"a*b?c*x", "abxbbxdbxebxczzx"},
		{"a*b?c*x", "abxbbxdbxebxczzy"}, {"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"},
		{"ab[^c]", "abc"}, {"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"},
		{"a\\*b", "ab"}, {"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"}, {"[\\]a]", "]"},
		{"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"}, {"[\\-x]", "x"},
		{"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"}, {"[x-]", "x"},
		{"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"}, {"[-x]", "a"}, {"\\", "a"},
		{"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"},
		{"a[", "x"}, {"a/b[", "x"}, {"*x", "xxx"}, {"", ""}, {"", "a"}, {"a", ""}, {"*", ""},
		{"**", "ab"}, {"a*", "a*"}, {"[\xff]", "a"}, {"a*[", "abc"}, {"x*[", "abc"},
		{"a*b[", "xyz"}, {"?", ""}, {"[a]", ""}, {"*/*", "a/b"}, {"*/*", "a/b/c"}, {"*\\", "a"},
		{"a\\", "a"}, {"[a-]", "b"}, {"[\\", "a"}, {"[a\\", "a"}, {"[a\\]", "a"}, {"[!a]", "b"},
		{"*[", ""}, {"ab*cd[", "abxcd"}, {"a*?", "ab"}, {"a*?", "a"}, {"*a*b", "xaxb"},
		{"[a-c]?[0-9]", "b/5"}, {"日*", "日本"}, {"[^日]", "本"}, {"\\日", "日"},
	}
	for _, m := range matches {
		ok, err := path.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v, %v %v\n", m[0], m[1], ok, err, errors.Is(err, path.ErrBadPattern))
	}
	fmt.Println(path.ErrBadPattern)
}
