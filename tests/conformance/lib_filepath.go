package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

var paths = []string{
	"", ".", "..", "/", "//", "a", "a/", "/a/", "a//b", "a/./b", "a/../b", "a/b/../../..",
	"../a", "/..", "/../a", "./", "a/.", ".a", "a.b.c", "/x.go", "x.tar.gz", "dir.d/file",
	"dir.d/", "/abc/def/ghi/", "a/b/c/../../d", "..a/b", "a..", "...", "a/../../b/../c",
	"//a//b//", "/./a/../b/.", "日本/語.txt", "a\\b", "c:/x", "\xff/\xfe",
}

func main() {
	fmt.Println("Separator", filepath.Separator, string(filepath.Separator), "ListSeparator", filepath.ListSeparator, string(filepath.ListSeparator))
	for _, p := range paths {
		dir, file := filepath.Split(p)
		fmt.Printf("%q: Clean=%q Base=%q Dir=%q Ext=%q IsAbs=%v IsLocal=%v Split=%q,%q Vol=%q Slash=%q,%q\n",
			p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), filepath.IsAbs(p),
			filepath.IsLocal(p), dir, file, filepath.VolumeName(p), filepath.ToSlash(p), filepath.FromSlash(p))
	}
	joins := [][]string{
		{}, {""}, {"", ""}, {"a"}, {"a", "b"}, {"a", ""}, {"", "a"}, {"a", "", "b"}, {"/", "a"},
		{"a/", "/b"}, {"a", "../b"}, {"", "/"}, {"..", ".."}, {"/..", "a"}, {"a", "b", "c/"},
		{"", "", "x"}, {".", "."}, {"", "."},
	}
	for _, j := range joins {
		fmt.Printf("Join%q = %q\n", j, filepath.Join(j...))
	}
	for _, s := range []string{"", ":", "a", "a:b", "/bin:/usr/bin:", "::x"} {
		l := filepath.SplitList(s)
		fmt.Printf("SplitList(%q) = %q len=%d nil=%v\n", s, l, len(l), l == nil)
	}
	rels := [][2]string{
		{"a/b", "a/b"}, {"a/b/.", "a/b"}, {"a/b", "a/b/."}, {"./a/b", "a/b"}, {"a/b", "./a/b"},
		{"ab/cd", "ab/cde"}, {"ab/cd", "ab/c"}, {"a/b", "a/b/c/d"}, {"a/b", "a/b/../c"},
		{"a/b/../c", "a/b"}, {"a/b/c", "a/c/d"}, {"a/b", "c/d"}, {"a/b", "a/b/../../c"},
		{"a/b/c", "a/b/../../c"}, {".", "a/b"}, {".", ".."}, {"", "a"}, {"a", ""},
		{"/a/b", "/a/b"}, {"/a/b/.", "/a/b"}, {"/ab/cd", "/ab/cde"}, {"/a/b", "/a/b/c/d"},
		{"/a/b/c", "/a/c/d"}, {"/a/b", "/c/d"}, {"/", "/a/b"}, {"/a/b", "/"}, {"/../", "/a"},
		{"/a", "/../a"}, {"/a/b", "a/b"}, {"a/b", "/a/b"}, {"..", "a"}, {"../..", "a"},
		{"a", ".."}, {"../a", "../b"}, {"a/../..", "x"}, {"x/..", "..y"}, {"..", "../.."},
	}
	for _, r := range rels {
		got, err := filepath.Rel(r[0], r[1])
		fmt.Printf("Rel(%q, %q) = %q, %v\n", r[0], r[1], got, err)
	}
	wd, _ := os.Getwd()
	for _, p := range []string{"", ".", "a/b", "../x", "/abs/../y", "/", "a//b/./c/.."} {
		a, err := filepath.Abs(p)
		if filepath.IsAbs(p) {
			fmt.Printf("Abs(%q) = %q, %v\n", p, a, err)
		} else {
			rel, _ := filepath.Rel(wd, a)
			fmt.Printf("Abs(%q) abs=%v underwd-rel=%q, %v\n", p, filepath.IsAbs(a), rel, err)
		}
	}
	for _, p := range []string{"a/b", "", ".", "a/../b", "/a", "a//b", "a/./b", "a\x00b", "a/", "..", "a\\b"} {
		l, err := filepath.Localize(p)
		fmt.Printf("Localize(%q) = %q, %v\n", p, l, err)
	}
	matches := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "ab/c"}, {"a*/b", "abc/b"},
		{"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/fff"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"ab[^b-d]", "abc"}, {"a\\*b", "a*b"}, {"a?b", "a☺b"},
		{"[a-ζ]*", "α"}, {"a?b", "a/b"}, {"[\\]a]", "]"}, {"[x\\-]", "-"}, {"[]a]", "]"},
		{"[-]", "-"}, {"[x-]", "x"}, {"[-x]", "x"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"},
		{"[^", "a"}, {"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
		{"*x", "xxx"}, {"", ""}, {"*", ""}, {"a*[", "abc"}, {"x*[", "abc"}, {"a*b[", "xyz"},
		{"*/*", "a/b/c"}, {"*\\", "a"}, {"a\\", "a"}, {"[\\", "a"}, {"*[", ""}, {"ab*cd[", "abxcd"},
		{"[\xff]", "a"}, {"日*", "日本"},
	}
	for _, m := range matches {
		ok, err := filepath.Match(m[0], m[1])
		fmt.Printf("Match(%q, %q) = %v, %v %v\n", m[0], m[1], ok, err, errors.Is(err, filepath.ErrBadPattern))
	}
	fmt.Println(filepath.ErrBadPattern, "|", filepath.SkipDir, "|", filepath.SkipAll)
	fmt.Println(filepath.HasPrefix("/a/b", "/a"), strings.Count(filepath.Join("x", "y", "z"), "/"))
}
