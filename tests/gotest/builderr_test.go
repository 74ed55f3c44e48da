package builderr

import "testing"

func TestTypes(t *testing.T) {
	var n int = "not a number"
	t.Log(n)
}
