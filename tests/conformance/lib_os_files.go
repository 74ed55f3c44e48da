package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

func check(what string, err error) {
	if err != nil {
		fmt.Printf("%s: error: %v\n", what, err)
	}
}

func lastElem(p string) string {
	if i := strings.LastIndex(p, "/"); i >= 0 {
		return p[i+1:]
	}
	return p
}

func stat(name string) {
	fi, err := os.Stat(name)
	if err != nil {
		fmt.Println("stat error:", err)
		return
	}
	size := fmt.Sprint(fi.Size())
	if fi.IsDir() {
		size = "(dir)"
	}
	// Files made by Create get 0666 less the umask: show only the owner's bits.
	perm := fi.Mode().Perm() & 0700
	fmt.Printf("stat %-10s name=%-8s size=%-6s isdir=%-5v regular=%-5v mode.isdir=%-5v owner perm=%v\n",
		name, fi.Name(), size, fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().IsDir(), perm)
	li, err := os.Lstat(name)
	if err != nil || li.Name() != fi.Name() || li.IsDir() != fi.IsDir() || li.Mode() != fi.Mode() {
		fmt.Println("  lstat differs:", err)
	}
}

func listDir(name string) {
	entries, err := os.ReadDir(name)
	if err != nil {
		fmt.Println("readdir error:", err)
		return
	}
	var parts []string
	for _, e := range entries {
		s := e.Name()
		if e.IsDir() {
			s += "/"
		}
		if e.Type().IsDir() != e.IsDir() {
			s += "(type mismatch)"
		}
		parts = append(parts, s)
	}
	fmt.Printf("readdir %s: %d [%s]\n", name, len(entries), strings.Join(parts, " "))
}

func main() {
	base, err := os.MkdirTemp("", "djtest-files-")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	orig, err := os.Getwd()
	check("getwd", err)
	defer func() {
		check("chdir back", os.Chdir(orig))
		check("removeall", os.RemoveAll(base))
		_, err := os.Stat(base)
		fmt.Println("temp dir removed:", os.IsNotExist(err))
	}()
	fmt.Println("temp dir name:", strings.HasPrefix(lastElem(base), "djtest-files-"), len(lastElem(base)) > len("djtest-files-"))
	check("chdir", os.Chdir(base))
	wd, err := os.Getwd()
	check("getwd", err)
	fmt.Println("getwd ends with temp name:", strings.HasSuffix(wd, "/"+lastElem(base)))
	fmt.Println("TempDir non-empty:", os.TempDir() != "")

	fmt.Println("-- WriteFile / ReadFile --")
	check("writefile", os.WriteFile("a.txt", []byte("hello\nworld\n"), 0600))
	data, err := os.ReadFile("a.txt")
	fmt.Printf("%q %v\n", data, err)
	stat("a.txt")
	check("writefile empty", os.WriteFile("empty.txt", nil, 0600))
	stat("empty.txt")
	data, err = os.ReadFile("empty.txt")
	fmt.Printf("empty: len=%d nil=%v err=%v\n", len(data), data == nil, err)
	big := strings.Repeat("0123456789", 1000)
	check("writefile big", os.WriteFile("big.txt", []byte(big), 0600))
	data, err = os.ReadFile("big.txt")
	fmt.Println("big:", len(data), string(data) == big, err)
	// WriteFile truncates.
	check("writefile again", os.WriteFile("big.txt", []byte("small"), 0600))
	data, _ = os.ReadFile("big.txt")
	fmt.Printf("big now %q\n", data)

	fmt.Println("-- Create / Write / Close --")
	f, err := os.Create("b.txt")
	check("create", err)
	fmt.Println("name:", f.Name())
	n, err := f.WriteString("line one\n")
	fmt.Println("WriteString:", n, err)
	n, err = f.Write([]byte("line two\n"))
	fmt.Println("Write:", n, err)
	n, err = fmt.Fprintf(f, "line %d\n", 3)
	fmt.Println("Fprintf:", n, err)
	fmt.Println("Close:", f.Close())
	fmt.Println("Close again:", f.Close())
	_, err = f.Write([]byte("late"))
	fmt.Println("Write after close:", err)
	stat("b.txt")

	fmt.Println("-- Open / Read / Seek --")
	f, err = os.Open("b.txt")
	check("open", err)
	buf := make([]byte, 10)
	for {
		n, err := f.Read(buf)
		fmt.Printf("Read: n=%d %q err=%v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	n, err = f.Read(buf[:0])
	fmt.Println("Read empty buf at EOF:", n, err)
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println("Seek start:", off, err)
	n, _ = f.Read(buf[:4])
	fmt.Printf("after seek: %q\n", buf[:n])
	off, err = f.Seek(5, io.SeekCurrent)
	fmt.Println("Seek current +5:", off, err)
	n, _ = f.Read(buf[:3])
	fmt.Printf("read: %q\n", buf[:n])
	off, err = f.Seek(-7, io.SeekEnd)
	fmt.Println("Seek end -7:", off, err)
	n, _ = f.Read(buf)
	fmt.Printf("read: %q\n", buf[:n])
	off, err = f.Seek(100, io.SeekStart)
	fmt.Println("Seek past end:", off, err)
	n, err = f.Read(buf)
	fmt.Println("read past end:", n, err)
	off, err = f.Seek(-1, io.SeekStart)
	fmt.Println("Seek negative:", off, err)
	_, err = f.Write([]byte("x"))
	fmt.Println("Write read-only:", err)
	all, err := io.ReadAll(f)
	fmt.Printf("ReadAll at 100: %q %v\n", all, err)
	f.Seek(0, io.SeekStart)
	all, err = io.ReadAll(f)
	fmt.Printf("ReadAll: %q %v\n", all, err)
	fmt.Println("Close:", f.Close())
	_, err = f.Read(buf)
	fmt.Println("Read after close:", err)
	_, err = f.Seek(0, io.SeekStart)
	fmt.Println("Seek after close:", err)

	fmt.Println("-- OpenFile --")
	f, err = os.OpenFile("b.txt", os.O_APPEND|os.O_WRONLY, 0600)
	check("openfile append", err)
	f.WriteString("appended\n")
	f.Close()
	data, _ = os.ReadFile("b.txt")
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile("b.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	fmt.Println("O_EXCL existing:", err)
	f, err = os.OpenFile("c.txt", os.O_CREATE|os.O_EXCL|os.O_RDWR, 0600)
	check("O_EXCL new", err)
	f.WriteString("abcdef")
	f.Seek(2, io.SeekStart)
	f.WriteString("XY")
	f.Seek(0, io.SeekStart)
	n, _ = f.Read(buf)
	fmt.Printf("rdwr: %q\n", buf[:n])
	f.Close()
	f, err = os.OpenFile("c.txt", os.O_TRUNC|os.O_WRONLY, 0)
	check("O_TRUNC", err)
	f.Close()
	stat("c.txt")
	_, err = os.OpenFile("nosuch.txt", os.O_RDONLY, 0)
	fmt.Println("OpenFile missing:", err)

	fmt.Println("-- directories --")
	check("mkdir", os.Mkdir("d", 0700))
	fmt.Println("Mkdir existing:", os.Mkdir("d", 0700))
	fmt.Println("Mkdir no parent:", os.Mkdir("x/y", 0700))
	check("mkdirall", os.MkdirAll("d/e/f", 0700))
	fmt.Println("MkdirAll existing:", os.MkdirAll("d/e", 0700))
	fmt.Println("MkdirAll over file:", os.MkdirAll("a.txt/sub", 0700))
	check("writefile nested", os.WriteFile("d/e/f/g.txt", []byte("deep"), 0600))
	check("writefile nested", os.WriteFile("d/z.txt", []byte("zz"), 0600))
	check("writefile nested", os.WriteFile("d/A.txt", []byte("A"), 0600))
	fmt.Println("WriteFile no dir:", os.WriteFile("nodir/x.txt", []byte("x"), 0600))
	stat("d")
	stat("d/e/f/g.txt")
	listDir(".")
	listDir("d")
	listDir("d/e/f")
	listDir("nosuch")
	check("chdir d/e", os.Chdir("d/e"))
	wd, _ = os.Getwd()
	fmt.Println("getwd ends with /d/e:", strings.HasSuffix(wd, "/d/e"))
	data, err = os.ReadFile("f/g.txt")
	fmt.Printf("relative read: %q %v\n", data, err)
	check("chdir ..", os.Chdir("../.."))
	fmt.Println("Chdir missing:", os.Chdir("nosuch"))
	fmt.Println("Chdir file:", os.Chdir("a.txt"))
	_, err = os.ReadFile("d")
	fmt.Println("ReadFile dir:", err)
	f, err = os.Open("d")
	check("open dir", err)
	_, err = f.Read(buf)
	fmt.Println("Read dir:", err)
	f.Close()

	fmt.Println("-- Rename / Remove --")
	check("rename", os.Rename("a.txt", "d/a2.txt"))
	stat("a.txt")
	stat("d/a2.txt")
	fmt.Println("Rename missing:", os.Rename("nosuch", "other"))
	check("rename dir", os.Rename("d/e", "d/e2"))
	listDir("d")
	fmt.Println("Remove file:", os.Remove("c.txt"))
	fmt.Println("Remove again:", os.Remove("c.txt"))
	fmt.Println("Remove non-empty dir:", os.Remove("d"))
	check("mkdir empty", os.Mkdir("emptydir", 0700))
	fmt.Println("Remove empty dir:", os.Remove("emptydir"))
	fmt.Println("RemoveAll d:", os.RemoveAll("d"))
	fmt.Println("RemoveAll missing:", os.RemoveAll("nosuch"))
	fmt.Println("RemoveAll file:", os.RemoveAll("b.txt"))
	listDir(".")

	fmt.Println("-- CreateTemp / MkdirTemp --")
	tf, err := os.CreateTemp(".", "tmp-*.txt")
	check("createtemp", err)
	name := tf.Name()
	fmt.Println("temp file:", strings.HasPrefix(name, "./tmp-"), strings.HasSuffix(name, ".txt"), len(name) > len("./tmp-.txt"))
	tf.WriteString("temporary")
	tf.Close()
	data, _ = os.ReadFile(name)
	fmt.Printf("temp content: %q\n", data)
	fi, _ := os.Stat(name)
	fmt.Println("temp perm:", fi.Mode().Perm())
	tf2, err := os.CreateTemp(".", "plain")
	check("createtemp plain", err)
	fmt.Println("plain prefix:", strings.HasPrefix(tf2.Name(), "./plain"), tf2.Name() != "./plain")
	tf2.Close()
	td, err := os.MkdirTemp(".", "sub-*-dir")
	check("mkdirtemp", err)
	fmt.Println("temp dir:", strings.HasPrefix(td, "./sub-"), strings.HasSuffix(td, "-dir"))
	fi, _ = os.Stat(td)
	fmt.Println("temp dir mode:", fi.Mode())
	_, err = os.CreateTemp(".", "bad/pattern")
	fmt.Println("CreateTemp bad pattern:", err)
	_, err = os.MkdirTemp(".", "bad/pattern")
	fmt.Println("MkdirTemp bad pattern:", err)
	_, err = os.CreateTemp("nodir", "x")
	fmt.Println("CreateTemp missing dir:", strings.HasPrefix(fmt.Sprint(err), "open nodir/x"), os.IsNotExist(err))
	check("remove temp", os.Remove(name))
	check("remove temp2", os.Remove(tf2.Name()))
	check("remove tempdir", os.Remove(td))
	listDir(".")
}
