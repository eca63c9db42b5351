package main

import "testing"

// --max-bytes reads sizes with binary suffixes; 0 means no limit.
func TestMaxBytesFlag(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1048576", 1 << 20, true}, {"512K", 512 << 10, true}, {"64MiB", 64 << 20, true}, {"64 MiB", 64 << 20, true},
		{"2g", 2 << 30, true}, {"10kb", 10 << 10, true}, {"7B", 7, true}, {"0", -1, true},
		{"", 0, false}, {"-1", 0, false}, {"1.5M", 0, false}, {"1T", 0, false}, {"99999999999G", 0, false},
	} {
		var m maxBytesFlag
		err := m.Set(tt.in)
		if (err == nil) != tt.ok || tt.ok && int64(m) != tt.want {
			t.Errorf("Set(%q) = %d, %v; want %d, ok %v", tt.in, m, err, tt.want, tt.ok)
		}
	}
	// The default prints in a form Set reads back.
	m := defaultMaxBytes
	var back maxBytesFlag
	if err := back.Set(m.String()); err != nil || back != m {
		t.Errorf("default %q reads back as %d, %v", m.String(), back, err)
	}
}
