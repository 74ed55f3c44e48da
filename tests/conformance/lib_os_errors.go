package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
)

type notFound struct{ key string }

func (e *notFound) Error() string        { return "not found: " + e.key }
func (e *notFound) Is(target error) bool { return target == fs.ErrNotExist }

func classify(label string, err error) {
	var pe *os.PathError
	var fpe *fs.PathError
	asPE := errors.As(err, &pe)
	asFPE := errors.As(err, &fpe)
	fmt.Printf("%s: %v\n", label, err)
	fmt.Printf("    Is: notexist=%v exist=%v permission=%v closed=%v invalid=%v\n",
		errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrExist), errors.Is(err, os.ErrPermission),
		errors.Is(err, fs.ErrClosed), errors.Is(err, os.ErrInvalid))
	fmt.Printf("    os.IsNotExist=%v os.IsExist=%v As(*os.PathError)=%v As(*fs.PathError)=%v\n",
		os.IsNotExist(err), os.IsExist(err), asPE, asFPE)
	if asPE {
		fmt.Printf("    PathError{Op: %q, Path: %q, Err: %q} same=%v\n", pe.Op, pe.Path, pe.Err.Error(), pe == fpe)
	}
}

func main() {
	fmt.Println("-- sentinel errors --")
	for _, e := range []struct {
		name   string
		os, fs error
	}{
		{"ErrNotExist", os.ErrNotExist, fs.ErrNotExist},
		{"ErrExist", os.ErrExist, fs.ErrExist},
		{"ErrPermission", os.ErrPermission, fs.ErrPermission},
		{"ErrInvalid", os.ErrInvalid, fs.ErrInvalid},
		{"ErrClosed", os.ErrClosed, fs.ErrClosed},
	} {
		fmt.Printf("%-14s %-24q same=%v unwrap=%v\n", e.name, e.os.Error(), e.os == e.fs, errors.Unwrap(e.os))
	}
	fmt.Println("distinct:", os.ErrNotExist != os.ErrExist, errors.Is(os.ErrNotExist, os.ErrExist))

	dir, err := os.MkdirTemp("", "djtest-errors-")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	orig, _ := os.Getwd()
	defer func() {
		os.Chdir(orig)
		os.RemoveAll(dir)
	}()
	os.Chdir(dir)

	fmt.Println("-- errors from the file system --")
	_, err = os.Open("nosuch.txt")
	classify("Open", err)
	fmt.Printf("    %%T=%T\n", err)
	_, err = os.ReadFile("missing/file.txt")
	classify("ReadFile", err)
	_, err = os.Stat("gone")
	classify("Stat", err)
	_, err = os.Lstat("gone")
	classify("Lstat", err)
	os.Mkdir("d", 0700)
	err = os.Mkdir("d", 0700)
	classify("Mkdir", err)
	os.WriteFile("f.txt", []byte("x"), 0600)
	_, err = os.OpenFile("f.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0600)
	classify("OpenFile excl", err)
	err = os.Remove("nosuch.txt")
	classify("Remove", err)
	err = os.Rename("nosuch.txt", "x.txt")
	fmt.Printf("Rename: %v (IsNotExist=%v, Is=%v, %%T=%T)\n", err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), err)
	f, _ := os.Open("f.txt")
	f.Close()
	_, err = f.Read(make([]byte, 4))
	classify("Read closed", err)
	err = f.Close()
	classify("Close twice", err)
	err = os.Chdir("nosuch")
	classify("Chdir", err)

	fmt.Println("-- wrapping --")
	_, err = os.Open("config.json")
	wrapped := fmt.Errorf("load settings: %w", err)
	twice := fmt.Errorf("startup: %w", wrapped)
	classify("wrapped", twice)
	fmt.Println("    unwrap chain:")
	for e := error(twice); e != nil; e = errors.Unwrap(e) {
		if errors.Unwrap(e) == nil {
			// The innermost error is a syscall.Errno in Go: not part of this test.
			fmt.Printf("      (innermost) %q\n", e.Error())
			continue
		}
		fmt.Printf("      %T %q\n", e, e.Error())
	}
	var pe *fs.PathError
	if errors.As(twice, &pe) {
		pe.Path = "renamed.json"
	}
	fmt.Println("    after edit:", twice)

	fmt.Println("-- constructed --")
	classify("constructed", &fs.PathError{Op: "parse", Path: "cfg.ini", Err: fs.ErrPermission})
	classify("notexist", &os.PathError{Op: "open", Path: "x", Err: os.ErrNotExist})
	classify("exist", &os.PathError{Op: "mkdir", Path: "y", Err: fs.ErrExist})
	classify("custom Is", &notFound{"user 7"})
	classify("plain", errors.New("file does not exist"))
	classify("joined", errors.Join(errors.New("first"), os.ErrNotExist))
	fmt.Println("IsNotExist(nil):", os.IsNotExist(nil), "IsExist(nil):", os.IsExist(nil))
	fmt.Println("IsNotExist(ErrNotExist):", os.IsNotExist(os.ErrNotExist), os.IsNotExist(fs.ErrNotExist))

	fmt.Println("-- FileMode --")
	modes := []fs.FileMode{
		0, 0644, 0755, 0600, 0777, 01,
		fs.ModeDir | 0755,
		fs.ModeSymlink | 0777,
		fs.ModeNamedPipe | 0600,
		fs.ModeSocket | 0755,
		fs.ModeDevice | 0660,
		fs.ModeDevice | fs.ModeCharDevice | 0620,
		fs.ModeSetuid | 0755,
		fs.ModeSetgid | 0755,
		fs.ModeSticky | fs.ModeDir | 0777,
		fs.ModeAppend | 0644,
		fs.ModeExclusive | fs.ModeTemporary,
		fs.ModeIrregular,
		^fs.FileMode(0),
		os.ModeDir | os.ModePerm,
	}
	for _, m := range modes {
		fmt.Printf("%-12s %011o isdir=%-5v regular=%-5v perm=%v type=%v\n",
			m.String(), uint32(m), m.IsDir(), m.IsRegular(), m.Perm(), m.Type())
	}
	fmt.Printf("%%T=%T %%v=%v %%o=%o %%d=%d\n", os.FileMode(0640), os.FileMode(0640), os.FileMode(0640), os.FileMode(0640))
	fmt.Println("ModePerm:", os.ModePerm, "ModeType:", fs.ModeType, "same:", os.ModeDir == fs.ModeDir)
	fi, _ := os.Stat("d")
	fmt.Println("dir mode type:", fi.Mode().Type(), fi.Mode()&fs.ModeType == fs.ModeDir)
	entries, _ := os.ReadDir(".")
	var parts []string
	for _, e := range entries {
		parts = append(parts, e.Name()+":"+e.Type().String())
	}
	fmt.Println("entries:", strings.Join(parts, " "))
}
