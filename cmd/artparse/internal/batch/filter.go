package batch

import (
	"path"
	"path/filepath"
	"strings"
)

// defaultExts are the extensions of the pages a walk takes when --include
// is not given, each also with ".gz" appended. A walk takes web archives
// too (archiveSuffixes).
var defaultExts = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".txt"}

// archiveSuffixes end the names of web archives, which a walk takes when
// --include is not given. They are exact: a ".wacz.gz" is no archive
// form anyone writes.
var archiveSuffixes = []string{".warc", ".warc.gz", ".wacz"}

// isPageName reports whether name has the extension of a page (one of
// defaultExts, gzipped or not).
func isPageName(name string) bool {
	ext := strings.ToLower(filepath.Ext(trimGz(name)))
	for _, e := range defaultExts {
		if ext == e {
			return true
		}
	}
	return false
}

// isArchiveName reports whether name is named like a web archive.
func isArchiveName(name string) bool {
	lower := strings.ToLower(name)
	for _, suf := range archiveSuffixes {
		if strings.HasSuffix(lower, suf) && len(lower) > len(suf) {
			return true
		}
	}
	return false
}

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
	return isPageName(name) || isArchiveName(name)
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
