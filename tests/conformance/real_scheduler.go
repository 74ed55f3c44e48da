package main

import (
	"container/heap"
	"fmt"
	"strings"
	"time"
)

type Priority int

const (
	Low Priority = iota + 1
	Normal
	High
	Critical
)

func (p Priority) String() string {
	switch p {
	case Low:
		return "low"
	case Normal:
		return "normal"
	case High:
		return "high"
	case Critical:
		return "CRIT"
	}
	return "?"
}

type Job struct {
	ID       int
	Name     string
	Prio     Priority
	Due      time.Duration
	Cost     time.Duration
	index    int
	attempts int
}

type JobQueue []*Job

func (q JobQueue) Len() int { return len(q) }
func (q JobQueue) Less(i, j int) bool {
	if q[i].Prio != q[j].Prio {
		return q[i].Prio > q[j].Prio
	}
	if q[i].Due != q[j].Due {
		return q[i].Due < q[j].Due
	}
	return q[i].ID < q[j].ID
}
func (q JobQueue) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *JobQueue) Push(x any) {
	j := x.(*Job)
	j.index = len(*q)
	*q = append(*q, j)
}
func (q *JobQueue) Pop() any {
	old := *q
	n := len(old)
	j := old[n-1]
	old[n-1] = nil
	j.index = -1
	*q = old[:n-1]
	return j
}

func (q *JobQueue) Bump(j *Job, p Priority) {
	j.Prio = p
	heap.Fix(q, j.index)
}

type Runner func(j *Job) error

func main() {
	q := &JobQueue{}
	heap.Init(q)
	names := []string{"backup", "email", "report", "index", "cleanup", "deploy", "audit"}
	var jobs []*Job
	for i, n := range names {
		j := &Job{ID: i + 1, Name: n, Prio: Priority(i%4 + 1),
			Due:  time.Duration((7-i)*15) * time.Minute,
			Cost: time.Duration(i*1500+250) * time.Millisecond}
		jobs = append(jobs, j)
		heap.Push(q, j)
	}
	q.Bump(jobs[0], Critical)
	q.Bump(jobs[3], Low)
	removed := heap.Remove(q, jobs[5].index).(*Job)
	fmt.Printf("removed %s (%v)\n", removed.Name, removed.Prio)

	clock := time.Duration(0)
	start := time.Date(2024, time.March, 9, 8, 30, 0, 0, time.UTC)
	failOnce := map[string]bool{"report": true}
	run := Runner(func(j *Job) error {
		j.attempts++
		if failOnce[j.Name] {
			delete(failOnce, j.Name)
			return fmt.Errorf("job %d %q: transient failure (attempt %d)", j.ID, j.Name, j.attempts)
		}
		return nil
	})
	fmt.Printf("%-3s %-8s %-6s %10s %10s %s\n", "ID", "NAME", "PRIO", "DUE", "COST", "FINISH")
	for q.Len() > 0 {
		j := heap.Pop(q).(*Job)
		if err := run(j); err != nil {
			fmt.Println("  !", err)
			j.Prio--
			heap.Push(q, j)
			continue
		}
		clock += j.Cost
		late := ""
		if clock > j.Due {
			late = " LATE by " + (clock - j.Due).String()
		}
		fin := start.Add(clock)
		fmt.Printf("%-3d %-8s %-6v %10v %10v %s%s\n", j.ID, j.Name, j.Prio, j.Due, j.Cost,
			fin.Format("15:04:05.000"), late)
	}
	fmt.Println("total:", clock, clock.Seconds(), clock.Round(time.Second), clock.Truncate(time.Second))
	d := 90*time.Minute + 30*time.Second + 5*time.Millisecond
	fmt.Println(d, d.Hours(), d.Minutes(), int64(d), d/time.Second, time.Duration(1), time.Duration(0), -d)
	fmt.Println(strings.Repeat("=", 20))
	fmt.Println(start.Format(time.RFC3339), start.Weekday(), start.YearDay(), start.Format("Mon Jan 2 2006 3:04PM"))
	later := start.Add(36*time.Hour + 45*time.Minute)
	fmt.Println(later.Format("2006-01-02 15:04"), later.Sub(start), later.After(start), start.Month())
}
