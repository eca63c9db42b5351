package input

import (
	"fmt"
	"sort"
	"strings"
)

// Plural returns "1 record", "2 records".
func Plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// ReasonCounts writes counts by reason, the largest first and equal ones
// in name order: "7 request, 2 not status 200, 1 metadata".
func ReasonCounts(m map[string]int) string {
	reasons := make([]string, 0, len(m))
	for r := range m {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		a, b := reasons[i], reasons[j]
		return m[a] > m[b] || m[a] == m[b] && a < b
	})
	parts := make([]string, len(reasons))
	for i, r := range reasons {
		parts[i] = fmt.Sprintf("%d %s", m[r], r)
	}
	return strings.Join(parts, ", ")
}

// NoPage words an archive that held no page, with what it held, the same
// for every command: "no page in the archive (2 records: 1 not status 200,
// 1 request)".
func NoPage(records int, skipped map[string]int) string {
	s := Plural(records, "record")
	if len(skipped) > 0 {
		s += ": " + ReasonCounts(skipped)
	}
	return "no page in the archive (" + s + ")"
}
