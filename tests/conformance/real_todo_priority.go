// A priority todo list: stable sorting by several keys, time.Duration
// estimates and padded table output built with fmt.Sprintf.
package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota
	Medium
	High
	Urgent
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Medium:
		return "medium"
	case High:
		return "high"
	case Urgent:
		return "URGENT"
	}
	return fmt.Sprintf("Priority(%d)", int(p))
}

type Task struct {
	ID       int
	Title    string
	Prio     Priority
	Estimate time.Duration
	Done     bool
	Tags     map[string]bool
}

type TodoList struct {
	tasks  []*Task
	nextID int
}

func (l *TodoList) Add(title string, p Priority, est time.Duration, tags ...string) *Task {
	l.nextID++
	t := &Task{ID: l.nextID, Title: title, Prio: p, Estimate: est, Tags: map[string]bool{}}
	for _, tag := range tags {
		t.Tags[tag] = true
	}
	l.tasks = append(l.tasks, t)
	return t
}

func (l *TodoList) Complete(id int) error {
	for _, t := range l.tasks {
		if t.ID == id {
			if t.Done {
				return fmt.Errorf("task %d already done", id)
			}
			t.Done = true
			return nil
		}
	}
	return fmt.Errorf("task %d not found", id)
}

func (l TodoList) Remaining() (n int, total time.Duration) {
	for _, t := range l.tasks {
		if !t.Done {
			n++
			total += t.Estimate
		}
	}
	return
}

func (t Task) String() string {
	box := "[ ]"
	if t.Done {
		box = "[x]"
	}
	return fmt.Sprintf("%s #%-2d %-24s %8v %-8s", box, t.ID, t.Title, t.Prio, t.Estimate)
}

func (l *TodoList) Print(header string) {
	fmt.Println(header)
	fmt.Println(strings.Repeat("-", len(header)))
	for _, t := range l.tasks {
		fmt.Println(t)
	}
}

func main() {
	var l TodoList
	l.Add("write report", High, 2*time.Hour+30*time.Minute, "work")
	l.Add("buy milk", Low, 15*time.Minute, "home", "errand")
	l.Add("fix prod bug", Urgent, 45*time.Minute, "work", "oncall")
	l.Add("call mom", Medium, 20*time.Minute, "home")
	l.Add("review PR", High, 40*time.Minute, "work")
	l.Add("water plants", Low, 5*time.Minute, "home")
	l.Add("plan sprint", Medium, 90*time.Minute, "work")
	l.Add("mystery", Priority(9), 1500*time.Millisecond)

	l.Print("as added")
	fmt.Println(l.Complete(2), l.Complete(2), l.Complete(42))

	sort.SliceStable(l.tasks, func(i, j int) bool { return l.tasks[i].Prio > l.tasks[j].Prio })
	l.Print("by priority (stable)")

	sort.SliceStable(l.tasks, func(i, j int) bool {
		a, b := l.tasks[i], l.tasks[j]
		if a.Done != b.Done {
			return !a.Done
		}
		return a.Estimate < b.Estimate
	})
	l.Print("open first, shortest first")

	n, total := l.Remaining()
	fmt.Printf("%d open tasks, %v total (%.2f h, %d min)\n", n, total, total.Hours(), int(total.Minutes()))

	byTag := map[string]time.Duration{}
	for _, t := range l.tasks {
		for tag := range t.Tags {
			byTag[tag] += t.Estimate
		}
	}
	keys := make([]string, 0, len(byTag))
	for k := range byTag {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%-8s|%10s|%-10s|\n", k, byTag[k], byTag[k].Round(time.Hour))
	}
	for k := range byTag {
		if strings.HasPrefix(k, "o") || k == "errand" {
			delete(byTag, k)
		}
	}
	fmt.Println("after delete:", byTag, len(byTag))
	for _, t := range l.tasks {
		if t.Tags["home"] {
			delete(t.Tags, "home")
		}
	}
	fmt.Println(len(l.tasks[0].Tags), l.tasks[len(l.tasks)-1].Tags)

	durs := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, -time.Second, time.Duration(1<<63 - 1), 36*time.Hour + time.Second}
	for _, d := range durs {
		fmt.Printf("%-22v %-22d %s\n", d, d, d.Truncate(time.Second))
	}
	pad := fmt.Sprintf("[%6s][%-6s][%06d][%x][%6.2f%%]", "ab", "cd", -42, "hi", 12.345)
	fmt.Println(pad, len(pad))
	fmt.Printf("%T %T %v %d\n", Urgent, time.Minute, Urgent, Urgent)
}
