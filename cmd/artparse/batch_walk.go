package main

import (
	"bufio"
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// defaultExts are the extensions a walk takes when --include is not given,
// each also with ".gz" appended.
var defaultExts = []string{".html", ".htm", ".xhtml", ".shtml", ".txt"}

// errOutputDir refuses to walk the output folder when it is named as an
// input: its records are not pages.
var errOutputDir = errors.New("is the output folder, not walked")

// task is one input handed from the lister to the workers. A task with err
// or warning set has nothing to parse: it only carries a failure (or a
// notice) of the listing to the report, at its place in the input order.
type task struct {
	seq     int
	path    string // as named or walked; also the record's Source.Path
	out     string // the output file, "" when records go to stdout
	err     error
	warning string
}

// inputLister produces the inputs of a run, in a fixed order: the
// arguments, then the --files-from list, each folder walked depth first in
// name order. It never holds more than one folder's entries per level, so
// its memory does not grow with the number of files.
type inputLister struct {
	args    []string
	list    io.Reader // the --files-from list, or nil
	null    bool      // the list is NUL-separated
	filter  nameFilter
	follow  bool
	cwd     string
	skipDir fs.FileInfo      // the output folder, never walked; nil for stdout
	skipLog fs.FileInfo      // the --errors file, never taken as an input; or nil
	outRoot string           // where outputs go; "" for stdout
	outExt  string           // ".json" or ".yaml"
	claims  *outputClaims    // refuses clashing outputs; nil for stdout and counting
	sweep   func(dir string) // removes stale temporary files from an output folder, or nil
}

// visitFunc receives each task; returning false stops the listing.
type visitFunc func(task) bool

// listAll hands every input to visit, in order, until visit returns false
// or ctx is done.
func (l *inputLister) listAll(ctx context.Context, visit visitFunc) {
	if l.claims != nil {
		for _, a := range l.args {
			l.claims.reserve(a)
		}
		visit = l.checkClaims(visit)
	}
	for _, a := range l.args {
		if ctx.Err() != nil || !l.named(ctx, a, visit) {
			return
		}
	}
	if l.list != nil {
		l.fromList(ctx, visit)
	}
}

// count returns the number of inputs the arguments name, with a listing
// that reads folders but no file. ok is false when ctx ended it early.
func (l *inputLister) count(ctx context.Context) (n int, ok bool) {
	c := *l
	c.list, c.claims, c.sweep = nil, nil, nil
	c.listAll(ctx, func(t task) bool {
		if t.err == nil && t.warning == "" {
			n++
		}
		return true
	})
	return n, ctx.Err() == nil
}

// checkClaims wraps visit so that an input whose output clashes with an
// earlier input's fails instead of being parsed. It runs on the listing
// goroutine, so the earlier input in input order is always the one kept,
// whatever the number of jobs.
func (l *inputLister) checkClaims(visit visitFunc) visitFunc {
	return func(t task) bool {
		if t.err == nil && t.warning == "" && t.out != "" {
			switch err := l.claims.claim(t.path, t.out); {
			case errors.Is(err, errInputReplaced):
				t.err = &inputError{path: t.path, step: "open", err: err}
			case err != nil:
				t.err = &inputError{path: t.path, step: "write", err: err}
			}
		}
		return visit(t)
	}
}

// fromList names each path of the --files-from list in turn. The list is
// read on its own goroutine so that an interrupt is not stuck behind a
// blocked read of a pipe; that goroutine ends with the list or with ctx.
func (l *inputLister) fromList(ctx context.Context, visit visitFunc) {
	type line struct {
		s   string
		err error
	}
	lines := make(chan line)
	sep := byte('\n')
	if l.null {
		sep = 0
	}
	go func() {
		defer close(lines)
		br := bufio.NewReader(l.list)
		for {
			s, err := br.ReadString(sep)
			s = strings.TrimSuffix(s, string(sep))
			if !l.null {
				s = strings.TrimSuffix(s, "\r")
			}
			end := err != nil
			if err == io.EOF {
				err = nil
			}
			if s != "" || err != nil {
				select {
				case lines <- line{s, err}:
				case <-ctx.Done():
					return
				}
			}
			if end {
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return
		case ln, ok := <-lines:
			if !ok {
				return
			}
			if ln.err != nil {
				visit(task{path: "--files-from", err: &inputError{path: "--files-from", step: "read", err: ln.err}})
				return
			}
			if !l.named(ctx, ln.s, visit) {
				return
			}
		}
	}
}

// named lists an input named by the user: a folder is walked (even when
// hidden or a symbolic link), anything else is taken whatever its name.
func (l *inputLister) named(ctx context.Context, p string, visit visitFunc) bool {
	if p == stdinPath {
		// A file really named "-": standard input is not an input here.
		p = "." + string(filepath.Separator) + p
	}
	fi, err := os.Stat(p)
	if err != nil {
		return visit(task{path: p, err: &inputError{path: p, step: "open", err: err}})
	}
	if fi.IsDir() {
		if l.skipDir != nil && os.SameFile(fi, l.skipDir) {
			// Said rather than silently skipped: the run would do nothing.
			return visit(task{path: p, err: &inputError{path: p, step: "walk", err: errOutputDir}})
		}
		return l.walk(ctx, p, []fs.FileInfo{fi}, visit)
	}
	return visit(task{path: p, out: l.outFile(filepath.Dir(p), outStem(filepath.Base(p)))})
}

// entryKind says what a walk does with one child of a folder.
type entryKind uint8

// The entry kinds.
const (
	skipEntry   entryKind = iota // hidden, excluded, not a page, the output
	fileEntry                    // an input
	dirEntry                     // a folder to walk
	failedEntry                  // a link that cannot be followed
)

// entry is one child of a walked folder, resolved.
type entry struct {
	name string
	kind entryKind
	info fs.FileInfo // folders only
	err  error
}

// walk lists the files under dir. ancestors are the folders from the walk
// root down to dir, to detect symbolic link loops under --follow.
func (l *inputLister) walk(ctx context.Context, dir string, ancestors []fs.FileInfo, visit visitFunc) bool {
	if l.sweep != nil {
		l.sweep(l.outDir(dir))
	}
	des, err := os.ReadDir(dir)
	if err != nil {
		// Report the folder, then still list what could be read of it.
		if !visit(task{path: dir, err: &inputError{path: dir, step: "read folder", err: err}}) {
			return false
		}
	}
	ents := make([]entry, 0, len(des))
	var files []string
	for _, de := range des {
		e := l.resolve(dir, de)
		if e.kind == skipEntry {
			continue
		}
		if e.kind == fileEntry {
			files = append(files, e.name)
		}
		ents = append(ents, e)
	}
	stems := outStems(files)
	for _, e := range ents {
		if ctx.Err() != nil {
			return false
		}
		p := filepath.Join(dir, e.name)
		ok := true
		switch e.kind {
		case failedEntry:
			ok = visit(task{path: p, err: &inputError{path: p, step: "open", err: e.err}})
		case fileEntry:
			ok = visit(task{path: p, out: l.outFile(dir, stems[e.name])})
		case dirEntry:
			if inAncestors(e.info, ancestors) {
				ok = visit(task{path: p, warning: "symbolic link loop, not followed"})
				break
			}
			ok = l.walk(ctx, p, append(ancestors[:len(ancestors):len(ancestors)], e.info), visit)
		}
		if !ok {
			return false
		}
	}
	return true
}

// resolve decides what to do with one child of a walked folder.
func (l *inputLister) resolve(dir string, de fs.DirEntry) entry {
	name := de.Name()
	e := entry{name: name}
	if strings.HasPrefix(name, ".") {
		return e // hidden
	}
	typ := de.Type()
	var fi fs.FileInfo
	if typ&fs.ModeSymlink != 0 {
		if !l.follow {
			return e
		}
		var err error
		if fi, err = os.Stat(filepath.Join(dir, name)); err != nil {
			e.kind, e.err = failedEntry, err
			return e
		}
		typ = fi.Mode().Type()
	}
	p := filepath.Join(dir, name)
	switch {
	case typ.IsDir():
		if l.filter.excluded(p, name) {
			return e
		}
		if fi == nil {
			var err error
			if fi, err = de.Info(); err != nil {
				return e // gone since the folder was read
			}
		}
		if l.skipDir != nil && os.SameFile(fi, l.skipDir) {
			return e
		}
		e.kind, e.info = dirEntry, fi
	case typ.IsRegular():
		if l.filter.takes(p, name) && !l.isLog(de, fi) {
			e.kind = fileEntry
		}
	}
	return e
}

// isLog reports whether a walked file is the --errors file, which the run
// is writing. Only a file of the same name costs a stat.
func (l *inputLister) isLog(de fs.DirEntry, fi fs.FileInfo) bool {
	if l.skipLog == nil || de.Name() != l.skipLog.Name() {
		return false
	}
	if fi == nil {
		var err error
		if fi, err = de.Info(); err != nil {
			return false
		}
	}
	return os.SameFile(fi, l.skipLog)
}

// inAncestors reports whether fi is one of the folders above it.
func inAncestors(fi fs.FileInfo, ancestors []fs.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(fi, a) {
			return true
		}
	}
	return false
}

// outFile returns the output file for an input in folder dir whose output
// name is stem, or "" when records go to stdout.
func (l *inputLister) outFile(dir, stem string) string {
	if l.outRoot == "" {
		return ""
	}
	return filepath.Join(l.outDir(dir), stem+l.outExt)
}

// outDir returns the output folder that mirrors the input folder dir.
func (l *inputLister) outDir(dir string) string {
	return filepath.Join(l.outRoot, mirrorPath(dir, l.cwd))
}

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

// nameFilter holds the --include and --exclude patterns. A pattern with a
// "/" is matched against the slash-separated path as walked, any other
// against the base name.
type nameFilter struct {
	include, exclude []string
}

// newNameFilter returns the filter for the given patterns (already
// checked by checkBatchOptions).
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
