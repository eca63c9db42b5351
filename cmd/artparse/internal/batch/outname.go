package batch

import (
	"path/filepath"
	"strings"
)

// mirrorPath turns an input folder into the relative path it gets under
// the output folder: the path as given, an absolute one made relative to
// cwd when it lies inside, and any leading "/" or "../" dropped (as tar
// does) so that nothing is ever written outside the output folder.
func mirrorPath(p, cwd string) string {
	p = filepath.Clean(p)
	if filepath.IsAbs(p) {
		if cwd != "" {
			if r, err := filepath.Rel(cwd, p); err == nil && filepath.IsLocal(r) {
				return r
			}
		}
		p = strings.TrimLeft(p[len(filepath.VolumeName(p)):], `/\`)
	}
	sep := string(filepath.Separator)
	for p == ".." || strings.HasPrefix(p, ".."+sep) {
		p = strings.TrimPrefix(p[2:], sep)
	}
	if p == "" {
		return "."
	}
	return p
}

// trimGz returns name without a final ".gz" (in any case).
func trimGz(name string) string {
	if n := len(name) - 3; n > 0 && strings.EqualFold(name[n:], ".gz") {
		return name[:n]
	}
	return name
}

// outStem is the output name of an input, before the format's extension:
// the name without ".gz" and without its extension, so a/page.html.gz
// gives a/page.json.
func outStem(name string) string {
	n := trimGz(name)
	if s := strings.TrimSuffix(n, filepath.Ext(n)); s != "" {
		return s
	}
	return n
}

// outStems maps each file name of one folder to its output stem. Files
// whose stems collide (page.html and page.html.gz) keep their full names
// instead, so no input's output overwrites another's; full names are
// unique in a folder, so this ends.
func outStems(files []string) map[string]string {
	stems := make(map[string]string, len(files))
	for _, f := range files {
		stems[f] = outStem(f)
	}
	for {
		seen := make(map[string]int, len(files))
		for _, f := range files {
			seen[stems[f]]++
		}
		changed := false
		for _, f := range files {
			if seen[stems[f]] > 1 && stems[f] != f {
				stems[f] = f
				changed = true
			}
		}
		if !changed {
			return stems
		}
	}
}
