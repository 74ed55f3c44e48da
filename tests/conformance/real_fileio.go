package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

type Record struct {
	ID    int
	Name  string
	Score float64
	When  time.Time
}

func (r Record) Line() string {
	return fmt.Sprintf("%d|%s|%.2f|%s", r.ID, r.Name, r.Score, r.When.Format("2006-01-02T15:04"))
}

func parseRecord(line string) (Record, error) {
	parts := strings.Split(line, "|")
	if len(parts) != 4 {
		return Record{}, fmt.Errorf("want 4 fields, got %d", len(parts))
	}
	id, err := strconv.Atoi(parts[0])
	if err != nil {
		return Record{}, fmt.Errorf("id: %w", err)
	}
	sc, err := strconv.ParseFloat(parts[2], 64)
	if err != nil {
		return Record{}, fmt.Errorf("score: %w", err)
	}
	t, err := time.Parse("2006-01-02T15:04", parts[3])
	if err != nil {
		return Record{}, fmt.Errorf("when: %w", err)
	}
	return Record{id, parts[1], sc, t}, nil
}

func writeAll(path string, recs []Record, extra ...string) (n int, err error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	w := bufio.NewWriter(f)
	for _, r := range recs {
		k, err := fmt.Fprintln(w, r.Line())
		if err != nil {
			return n, err
		}
		n += k
	}
	for _, e := range extra {
		k, _ := w.WriteString(e + "\n")
		n += k
	}
	return n, w.Flush()
}

func main() {
	dir, err := os.MkdirTemp("", "fio")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	base := time.Date(2023, time.December, 31, 22, 15, 0, 0, time.UTC)
	var recs []Record
	names := []string{"ann", "bo", "cyd", "dee"}
	for i, n := range names {
		recs = append(recs, Record{i + 1, n, float64(i*i) * 10.25, base.Add(time.Duration(i) * 97 * time.Minute)})
	}
	path := filepath.Join(dir, "data.txt")
	n, err := writeAll(path, recs, "5|eve|abc|2024-01-01T00:00", "garbage", "6|fay|1.5|2024-13-01T00:00")
	fmt.Println("wrote", n, err)
	info, err := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.IsDir(), info.Mode().IsRegular(), err)

	f, err := os.Open(path)
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(f)
	lineNo := 0
	var good []Record
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			break
		} else if err != nil {
			fmt.Println("read error", err)
			break
		}
		lineNo++
		rec, perr := parseRecord(strings.TrimRight(line, "\n"))
		if perr != nil {
			var ne *strconv.NumError
			fmt.Printf("line %d: %v (numerr=%t)\n", lineNo, perr, errors.As(perr, &ne))
			continue
		}
		good = append(good, rec)
	}
	f.Close()
	for _, g := range good {
		fmt.Printf("%03d %-4s %7.2f %s %s %v\n", g.ID, g.Name, g.Score, g.When.Format("Jan _2 15:04 Mon"), g.When.Sub(base), g.When.Year())
	}
	f, _ = os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0o644)
	fmt.Fprintf(f, "%d|%s|%g|%s\n", 7, "gus", 99.5, base.Format("2006-01-02T15:04"))
	f.Close()
	data, _ := os.ReadFile(path)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	fmt.Println(len(lines), lines[len(lines)-1], len(data))
	_, err = os.Open(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, os.ErrNotExist), err != nil)
	err = os.Remove(filepath.Join(dir, "missing"))
	var pe *os.PathError
	fmt.Println(errors.As(err, &pe), pe.Op)
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		fmt.Println("entry:", e.Name(), e.IsDir())
	}
	sr := strings.NewReader("alpha beta\ngamma")
	buf := make([]byte, 4)
	var chunks []string
	for {
		k, err := sr.Read(buf)
		chunks = append(chunks, string(buf[:k]))
		if err != nil {
			fmt.Println("stop:", err, err == io.EOF)
			break
		}
	}
	fmt.Printf("%q\n", chunks)
	all, _ := io.ReadAll(strings.NewReader("xyz"))
	fmt.Println(all, string(all))
	var sbd strings.Builder
	cnt, _ := io.Copy(&sbd, strings.NewReader("copied!"))
	fmt.Println(cnt, sbd.String())
	os.Setenv("FIO_USER", "tester")
	fmt.Println(os.ExpandEnv("hi $FIO_USER, ${FIO_NONE}!"), os.Getenv("FIO_USER"))
}
