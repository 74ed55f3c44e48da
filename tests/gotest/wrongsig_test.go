package wrongsig

import "testing"

func TestGood(t *testing.T) {}

func TestBad(t *testing.T, extra int) {}
