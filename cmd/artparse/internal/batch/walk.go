package batch

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
	"github.com/artparse/artparse/parse"
)

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
	// companion marks a folder of a saved page's files, left out.
	companion bool
	// url is the page's address under --url-prefix, or "".
	url string
	// archive says the input is a web archive, by its name or, for a
	// name that does not say, by its first bytes (see kindOf).
	archive bool
}

// inputLister produces the inputs of a run, in a fixed order: the
// arguments, then the --files-from list, each folder walked depth first in
// name order. It never holds more than one folder's entries per level, so
// its memory does not grow with the number of files.
type inputLister struct {
	args   []string
	list   io.Reader // the --files-from list, or nil
	null   bool      // the list is NUL-separated
	filter nameFilter
	follow bool
	// companions walks the folders of saved pages' files too.
	companions bool
	// urlPrefix, when set, makes each walked page's address: the prefix
	// and the page's path under the folder walked.
	urlPrefix string
	cwd       string
	skipDir   fs.FileInfo      // the output folder, never walked; nil for stdout
	log       *errorLog        // the --errors file, told when met as an input; or nil
	outRoot   string           // where outputs go; "" for stdout
	outExt    string           // ".json" or ".yaml"
	claims    *outputClaims    // refuses clashing outputs; nil for stdout and counting
	sweep     func(dir string) // removes stale temporary files from an output folder, or nil
	// counting lists for count, which needs no input's kind: no file is
	// opened to tell an archive.
	counting bool
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
	c.list, c.claims, c.sweep, c.counting = nil, nil, nil, true
	c.listAll(ctx, func(t task) bool {
		if t.err == nil && t.warning == "" && !t.companion {
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
		if t.err == nil && t.warning == "" && !t.companion && t.out != "" {
			switch err := l.claims.claim(t.path, t.out); {
			case errors.Is(err, errInputReplaced):
				t.err = &input.Error{Path: t.path, Step: "open", Err: err}
			case err != nil:
				t.err = &input.Error{Path: t.path, Step: "write", Err: err}
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
				visit(task{path: "--files-from", err: &input.Error{Path: "--files-from", Step: "read", Err: ln.err}})
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
	if p == input.StdinPath {
		// A file really named "-": standard input is not an input here.
		p = "." + string(filepath.Separator) + p
	}
	fi, err := os.Stat(p)
	if err != nil {
		return visit(task{path: p, err: &input.Error{Path: p, Step: "open", Err: err}})
	}
	if fi.IsDir() {
		if l.skipDir != nil && os.SameFile(fi, l.skipDir) {
			// Said rather than silently skipped: the run would do nothing.
			return visit(task{path: p, err: &input.Error{Path: p, Step: "walk", Err: errOutputDir}})
		}
		return l.walk(ctx, p, "", []fs.FileInfo{fi}, visit)
	}
	// A file named by the user is read as what it holds, whatever its
	// name: only a regular file is looked into, since reading the start
	// of a pipe would take it from the parse.
	l.log.metInput(fi)
	name := filepath.Base(p)
	archive := isArchiveName(name) || !l.counting && fi.Mode().IsRegular() && isArchiveFile(p)
	return visit(task{path: p, out: l.outFile(l.outDir(filepath.Dir(p)), outStem(name)+l.outExtOf(archive)), archive: archive})
}

// kindOf tells whether the walked file name in dir is a web archive: by
// its name when it is named like an archive or a page, and otherwise (a
// file taken by --include) by its first bytes.
func (l *inputLister) kindOf(dir, name string) (archive bool) {
	switch {
	case isArchiveName(name):
		return true
	case isPageName(name), l.counting:
		return false
	}
	return isArchiveFile(filepath.Join(dir, name))
}

// isArchiveFile reports whether the file p is a web archive, as input.Open
// will find it: it starts as a WARC does, or is a zip that is a WACZ (a
// zip of another kind, named on the command line, is then read as a page
// and refused as binary data, as before archives were read). A file that
// cannot be read is not one: its read as a page says why.
//
// Every file named by the user costs this look, so it is made with few
// system calls, as createExcl does: os.Open would also try to register
// the file with the runtime poller, which doubled its cost (about 45
// against 20 microseconds on a machine where system calls are dear, where
// reading and parsing a page of the corpus took 2.5 ms of CPU).
func isArchiveFile(p string) bool {
	fd, err := syscall.Open(p, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return false
	}
	f := os.NewFile(uintptr(fd), p)
	defer f.Close()
	// One read: a regular file gives all it has up to sniffLen at once.
	head := make([]byte, sniffLen)
	n, _ := f.Read(head)
	if !parse.IsArchive(head[:n]) {
		return false
	}
	if !bytes.HasPrefix(head[:n], zipMagic) {
		return true
	}
	fi, err := f.Stat()
	if err != nil {
		return false
	}
	// A zip's table of contents is at its end: reading it costs a seek
	// and a read or two, not the zip.
	a, err := parse.OpenArchive(f, fi.Size(), parse.Options{})
	if err != nil {
		return false
	}
	a.Close()
	return true
}

// zipMagic starts a zip file, which a WACZ is.
var zipMagic = []byte("PK\x03\x04")

// sniffLen is how much of a file isArchiveFile reads: what input.Open
// reads to tell an archive, so that both tell alike.
const sniffLen = 512

// entryKind says what a walk does with one child of a folder.
type entryKind uint8

// The entry kinds.
const (
	skipEntry   entryKind = iota // hidden, excluded, not a page
	fileEntry                    // an input
	dirEntry                     // a folder to walk
	failedEntry                  // a link that cannot be followed
	outDirEntry                  // the output folder, said and not walked
)

// entry is one child of a walked folder, resolved.
type entry struct {
	name string
	kind entryKind
	info fs.FileInfo // folders only
	err  error
	// archive says a file is a web archive (see kindOf).
	archive bool
}

// walk lists the files under dir, which is rel (slash-separated, "" for
// the root itself) under the folder the walk started from. ancestors are
// the folders from the walk root down to dir, to detect symbolic link
// loops under --follow.
func (l *inputLister) walk(ctx context.Context, dir, rel string, ancestors []fs.FileInfo, visit visitFunc) bool {
	if l.sweep != nil {
		l.sweep(l.walkedOutDir(rel))
	}
	des, err := os.ReadDir(dir)
	if err != nil {
		// Report the folder, then still list what could be read of it.
		if !visit(task{path: dir, err: &input.Error{Path: dir, Step: "read folder", Err: err}}) {
			return false
		}
	}
	ents := make([]entry, 0, len(des))
	var files []string
	var archives map[string]bool // read while nil in a folder of pages
	var pages map[string]bool
	if !l.companions {
		names := make([]string, 0, len(des))
		for _, de := range des {
			if de.Type().IsRegular() {
				names = append(names, de.Name())
			}
		}
		pages = savedPageStems(names)
	}
	for _, de := range des {
		e := l.resolve(dir, de)
		if e.kind == skipEntry {
			continue
		}
		if e.kind == fileEntry {
			files = append(files, e.name)
			if e.archive = l.kindOf(dir, e.name); e.archive {
				if archives == nil {
					archives = make(map[string]bool)
				}
				archives[e.name] = true
			}
		}
		ents = append(ents, e)
	}
	names := outNames(files, func(f string) string { return l.outExtOf(archives[f]) })
	for _, e := range ents {
		if ctx.Err() != nil {
			return false
		}
		p := filepath.Join(dir, e.name)
		ok := true
		switch e.kind {
		case failedEntry:
			ok = visit(task{path: p, err: &input.Error{Path: p, Step: "open", Err: e.err}})
		case outDirEntry:
			// Said, as when it is named: pages in it would be left out
			// without a word otherwise.
			ok = visit(task{path: p, warning: errOutputDir.Error()})
		case fileEntry:
			ok = visit(task{path: p, out: l.outFile(l.walkedOutDir(rel), names[e.name]), url: l.pageURL(path.Join(rel, e.name)), archive: e.archive})
		case dirEntry:
			if isCompanion(e.name, pages) {
				ok = visit(task{path: p, companion: true})
				break
			}
			if inAncestors(e.info, ancestors) {
				ok = visit(task{path: p, warning: "symbolic link loop, not followed"})
				break
			}
			ok = l.walk(ctx, p, path.Join(rel, e.name), append(ancestors[:len(ancestors):len(ancestors)], e.info), visit)
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
			e.kind = outDirEntry
			return e
		}
		e.kind, e.info = dirEntry, fi
	case typ.IsRegular():
		if l.filter.takes(p, name) {
			e.kind = fileEntry
			l.noteLog(de, fi)
		}
	}
	return e
}

// noteLog tells the --errors file when a walk takes it as an input, which
// checkErrorsFile refuses up front but a link followed can still lead to:
// the log then does not replace it. Only a file of the same name costs a
// stat.
func (l *inputLister) noteLog(de fs.DirEntry, fi fs.FileInfo) {
	if l.log == nil || l.log.old == nil || de.Name() != l.log.old.Name() {
		return
	}
	if fi == nil {
		var err error
		if fi, err = de.Info(); err != nil {
			return
		}
	}
	l.log.metInput(fi)
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

// outFile returns the output file named name in the output folder
// outDir, or "" when records go to stdout.
func (l *inputLister) outFile(outDir, name string) string {
	if l.outRoot == "" {
		return ""
	}
	return filepath.Join(outDir, name)
}

// outExtOf returns the extension of an input's output file: archiveExt
// for an archive, the record format's for a page.
func (l *inputLister) outExtOf(archive bool) string {
	if archive {
		return archiveExt
	}
	return l.outExt
}

// outDir returns the output folder that mirrors the folder dir of a file
// named as an input.
func (l *inputLister) outDir(dir string) string {
	return filepath.Join(l.outRoot, mirrorPath(dir, l.cwd))
}

// pageURL returns the address of the page at rel under a walked folder,
// under --url-prefix, or "" without it. The path is escaped as an address
// needs, segment by segment, so that a saved name with a space or a '?'
// stays one path.
func (l *inputLister) pageURL(rel string) string {
	if l.urlPrefix == "" {
		return ""
	}
	return l.urlPrefix + (&url.URL{Path: rel}).EscapedPath()
}
