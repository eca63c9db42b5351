package quality

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
)

// ReadFloors reads a floors file: one flat JSON object mapping figure keys
// (see Key) to numbers. It fails on anything else, including a value that
// is not a number.
func ReadFloors(path string) (map[string]float64, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]float64
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if m == nil {
		return nil, fmt.Errorf("%s: not a JSON object", path)
	}
	return m, nil
}

// FloorDown rounds v down to 3 decimals: the result is k/1000 for the
// largest integer k such that k/1000 <= v, so a floor written from a
// figure never exceeds the figure it came from.
func FloorDown(v float64) float64 {
	// v >= k/1000 implies v*1000 >= k (rounding is monotonic and
	// (k/1000)*1000 rounds to k), so Floor never loses a thousandth; it can
	// only gain one when v*1000 rounds up to an integer.
	k := math.Floor(v * 1000)
	if k/1000 > v { // v*1000 rounded up to an integer
		k--
	}
	return k / 1000
}

// FormatFloors renders figures as a floors file: a flat JSON object with
// sorted keys, one per line, each value FloorDown(figure) written with 3
// decimals, which parses back to exactly that value.
func FormatFloors(figures map[string]float64) []byte {
	keys := make([]string, 0, len(figures))
	for k := range figures {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b bytes.Buffer
	b.WriteString("{\n")
	for i, k := range keys {
		key, _ := json.Marshal(k)
		fmt.Fprintf(&b, "  %s: %s", key, strconv.FormatFloat(FloorDown(figures[k]), 'f', 3, 64))
		if i < len(keys)-1 {
			b.WriteByte(',')
		}
		b.WriteByte('\n')
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// WriteFloors writes FormatFloors(figures) to path, creating its folder if
// need be.
func WriteFloors(path string, figures map[string]float64) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, FormatFloors(figures), 0o644)
}

// CheckFloors compares figures with floors and returns one message per
// problem, sorted by key: a figure below its floor (naming the figure, its
// value and the floor) or a floor whose key has no measured figure. It
// returns nil when every floor holds. Figures without a floor are not
// problems.
func CheckFloors(figures, floors map[string]float64) []string {
	keys := make([]string, 0, len(floors))
	for k := range floors {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var msgs []string
	for _, k := range keys {
		floor := floors[k]
		v, ok := figures[k]
		switch {
		case !ok:
			msgs = append(msgs, fmt.Sprintf("%s: floor %.3f but no such figure was measured", k, floor))
		case v < floor:
			msgs = append(msgs, fmt.Sprintf("%s = %.6f, below its floor %.3f", k, v, floor))
		}
	}
	return msgs
}
