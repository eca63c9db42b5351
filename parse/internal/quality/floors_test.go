package quality

import (
	"math"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"
)

func TestQualityFloorDown(t *testing.T) {
	for _, c := range []struct{ in, want float64 }{
		{0, 0}, {1, 1}, {0.5, 0.5}, {0.29, 0.29}, {0.2999, 0.299}, {0.12345, 0.123},
		{0.0009, 0}, {0.999999, 0.999}, {2.0 / 3, 0.666}, {0.1 + 0.2, 0.3},
	} {
		if got := FloorDown(c.in); got != c.want {
			t.Errorf("FloorDown(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	// An exact thousandth stays, even where v*1000 falls just below k.
	for k := 0; k <= 1000; k++ {
		if v := float64(k) / 1000; FloorDown(v) != v {
			t.Errorf("FloorDown(%v) = %v", v, FloorDown(v))
		}
	}
	// Just below a thousandth, v*1000 rounds up to the integer.
	for k := 1; k <= 1000; k++ {
		v := math.Nextafter(float64(k)/1000, 0)
		if f := FloorDown(v); f > v || f != float64(k-1)/1000 {
			t.Errorf("FloorDown(%v) = %v, want %v", v, f, float64(k-1)/1000)
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 100000; i++ {
		v := rng.Float64()
		if i%2 == 0 {
			v = float64(rng.Intn(1001)) / 1000 // exact thousandths
		}
		f := FloorDown(v)
		back, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 3, 64), 64)
		if f > v || v-f >= 0.001 || back != f || math.Abs(f*1000-math.Round(f*1000)) > 1e-9 {
			t.Fatalf("FloorDown(%v) = %v (reads back as %v)", v, f, back)
		}
	}
}

func TestQualityFloorsFile(t *testing.T) {
	figs := map[string]float64{"b.x": 0.51299, "a.y": 1, "text/c.z": 1.0 / 3}
	want := "{\n  \"a.y\": 1.000,\n  \"b.x\": 0.512,\n  \"text/c.z\": 0.333\n}\n"
	if got := string(FormatFloors(figs)); got != want {
		t.Errorf("FormatFloors = %q, want %q", got, want)
	}
	path := filepath.Join(t.TempDir(), "testdata", "q.json")
	if err := WriteFloors(path, figs); err != nil {
		t.Fatal(err)
	}
	floors, err := ReadFloors(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]float64{"a.y": 1, "b.x": 0.512, "text/c.z": 0.333}; !reflect.DeepEqual(floors, want) {
		t.Errorf("ReadFloors = %v, want %v", floors, want)
	}
	// Figures pinned by WriteFloors pass their own floors.
	if msgs := CheckFloors(figs, floors); msgs != nil {
		t.Errorf("CheckFloors on own figures: %q", msgs)
	}
	for _, bad := range []string{`[1]`, `{"a": "x"}`, `null`, `{`} {
		os.WriteFile(path, []byte(bad), 0o644)
		if m, err := ReadFloors(path); err == nil {
			t.Errorf("ReadFloors(%s) = %v, want an error", bad, m)
		}
	}
}

func TestQualityCheckFloors(t *testing.T) {
	figs := map[string]float64{"a.x": 0.5, "a.y": 0.4999, "a.z": 0.1}
	floors := map[string]float64{"a.x": 0.5, "a.y": 0.5, "b.gone": 0.2}
	want := []string{
		"a.y = 0.499900, below its floor 0.500",
		"b.gone: floor 0.200 but no such figure was measured",
	}
	if got := CheckFloors(figs, floors); !reflect.DeepEqual(got, want) {
		t.Errorf("CheckFloors = %q, want %q", got, want)
	}
	if got := CheckFloors(figs, map[string]float64{}); got != nil {
		t.Errorf("no floors: %q", got)
	}
}
