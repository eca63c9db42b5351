package batch

import (
	"path/filepath"
	"strings"
)

// Where an input's output goes under the output folder OUT:
//   - a file found by walking a folder DIR keeps its path under DIR, as
//     rsync copies "DIR/" and Babel's --out-dir writes: walking saved
//     gives OUT/a/b.json for saved/a/b.html, whatever DIR's own path
//     (saved, ./saved, /tmp/x/saved alike). Two folders walked into one
//     OUT can then give one output file twice; outputClaims fails the
//     later input;
//   - a file named on its own (on the command line or in --files-from)
//     keeps its path as named, mirrored by mirrorPath: a/b/page.html gives
//     OUT/a/b/page.json.

// walkedOutDir returns the output folder of the files of a walked folder
// that is rel (slash-separated, "" for the folder walked itself) under the
// folder the walk started from.
func (l *inputLister) walkedOutDir(rel string) string {
	return filepath.Join(l.outRoot, filepath.FromSlash(rel))
}

// mirrorPath turns the folder of a file named as an input into the
// relative path it gets under the output folder: the path as given, an absolute one made relative to
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

// archiveExt is the extension of the file an archive's records are
// written to, whatever the record format: an archive gives many records,
// and JSON Lines is the format that holds many and is read one at a time.
const archiveExt = ".jsonl"

// outNames maps each input file of one folder to its output file name:
// its stem and the extension extOf gives it (the record format's, or
// archiveExt for an archive). Files whose output names collide
// (page.html and page.html.gz, a.warc and a.warc.gz) keep their full
// names instead, before the extension, so no input's output overwrites
// another's. Full names are unique in a folder, and stay so with their
// extensions since none of .json, .yaml and .jsonl ends another, so this
// ends.
func outNames(files []string, extOf func(string) string) map[string]string {
	names := make(map[string]string, len(files))
	for _, f := range files {
		names[f] = outStem(f) + extOf(f)
	}
	for {
		seen := make(map[string]int, len(files))
		for _, f := range files {
			seen[names[f]]++
		}
		changed := false
		for _, f := range files {
			if full := f + extOf(f); seen[names[f]] > 1 && names[f] != full {
				names[f] = full
				changed = true
			}
		}
		if !changed {
			return names
		}
	}
}
