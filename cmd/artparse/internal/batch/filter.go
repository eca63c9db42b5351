package batch

import (
	"path"
	"path/filepath"
	"strings"
)

// defaultExts are the extensions a walk takes when --include is not given,
// each also with ".gz" appended.
var defaultExts = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt"}

// nameFilter holds the --include and --exclude patterns. A pattern with a
// "/" is matched against the slash-separated path as walked, any other
// against the base name.
type nameFilter struct {
	include, exclude []string
}

// newNameFilter returns the filter for the given patterns, which the
// command has checked: a bad one would match nothing.
func newNameFilter(include, exclude []string) nameFilter {
	return nameFilter{include: include, exclude: exclude}
}

// takes reports whether a walked file is an input.
func (f nameFilter) takes(p, name string) bool {
	if f.excluded(p, name) {
		return false
	}
	if len(f.include) > 0 {
		return matchAny(f.include, p, name)
	}
	ext := strings.ToLower(filepath.Ext(trimGz(name)))
	for _, e := range defaultExts {
		if ext == e {
			return true
		}
	}
	return false
}

// excluded reports whether a walked file or folder matches --exclude.
func (f nameFilter) excluded(p, name string) bool { return matchAny(f.exclude, p, name) }

// matchAny reports whether any pattern matches the path or the name.
func matchAny(patterns []string, p, name string) bool {
	for _, pat := range patterns {
		target := name
		if strings.Contains(pat, "/") {
			target = filepath.ToSlash(p)
		}
		if ok, _ := path.Match(pat, target); ok {
			return true
		}
	}
	return false
}
