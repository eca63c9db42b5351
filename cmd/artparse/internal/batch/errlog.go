package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
)

// ClashError refuses a run before anything is written because a file it
// would write is one it must not replace: the --errors file is an input,
// the --files-from list, a folder, or inside the output folder under a
// record's name. The command turns it into a usage error (exit status 2).
type ClashError struct {
	// Flag is the flag that names the file, Path the file as given.
	Flag, Path string
	// Why says what it clashes with.
	Why string
}

// Error returns "FLAG PATH: WHY".
func (e *ClashError) Error() string {
	return e.Flag + " " + input.DisplayPath(e.Path) + ": " + e.Why
}

// errorLog is the --errors file. Its lines are written to a hidden
// temporary file beside it, created by this run, and renamed to its name
// when the run ends (interrupted or not), so that a file of that name is
// replaced only by a whole log, and only when checkErrorsFile found it is
// neither an input nor a record. A run killed outright leaves the
// temporary file (.NAME.tmpPID-N), which the next run removes if it lies
// in a folder of the output that it walks.
type errorLog struct {
	path  string // as given
	tmp   string
	fsync bool

	mu   sync.Mutex // orders Write and finish, which a forced exit calls
	f    *os.File   // nil once finished
	done bool
	// isInput is set when the listing met the file as an input after all
	// (a --files-from line, a link followed): the log then does not
	// replace it.
	isInput atomic.Bool
	// old is the file as it was at the start, or nil if there was none.
	old fs.FileInfo
}

// createErrorLog starts the log of path: it makes its temporary file.
func createErrorLog(path string, fsync bool) (*errorLog, error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".tmp"+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("--errors %s: %w", input.DisplayPath(path), err)
	}
	l := &errorLog{path: path, tmp: f.Name(), fsync: fsync, f: f}
	l.old, _ = os.Stat(path) // Only a file that exists can be met as an input.
	return l, nil
}

// Write writes one line (the reporter writes each line whole).
func (l *errorLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.f == nil {
		return 0, errors.New("the log is closed")
	}
	return l.f.Write(p)
}

// metInput notes that the listing takes fi as an input; if it is the
// file the log will replace, finish leaves that file alone.
func (l *errorLog) metInput(fi fs.FileInfo) {
	if l != nil && l.old != nil && os.SameFile(fi, l.old) {
		l.isInput.Store(true)
	}
}

// finish puts the log in place: synced first under fsync, then renamed
// over the file of its name, whose folder is synced after. If the listing
// met that file as an input, the log stays under its temporary name,
// which the error names. It runs once; later calls return nil.
func (l *errorLog) finish() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.done {
		return nil
	}
	l.done = true
	var err error
	if l.fsync {
		err = l.f.Sync()
	}
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	l.f = nil
	switch {
	case err != nil:
		os.Remove(l.tmp)
		return fmt.Errorf("--errors %s: %w", input.DisplayPath(l.path), err)
	case l.isInput.Load():
		return fmt.Errorf("--errors %s: is also an input of this run (met in --files-from or through a link), so it was not replaced; the failures are in %s", input.DisplayPath(l.path), input.DisplayPath(l.tmp))
	}
	if err := os.Rename(l.tmp, l.path); err != nil {
		os.Remove(l.tmp)
		return fmt.Errorf("--errors: %w", err)
	}
	if l.fsync {
		if err := syncDir(filepath.Dir(l.path)); err != nil {
			return fmt.Errorf("--errors %s: %w", input.DisplayPath(l.path), err)
		}
	}
	return nil
}

// checkErrorsFile refuses, before anything is written, an --errors file
// the log must not replace: a folder, the --files-from list, an input
// named on the command line or a file a walk of a named folder would take
// (by its name: hidden folders and --exclude'd ones are not looked at,
// which only errs on refusing), or a file inside the output folder named
// like a record (*EXT or *.jsonl), which a record could replace or, under
// --resume, be taken for. Paths are compared with symbolic links
// resolved, so an alias is no way round.
func checkErrorsFile(cfg *Config, filter nameFilter) error {
	p := cfg.ErrorsFile
	clash := func(why string) error { return &ClashError{Flag: "--errors", Path: p, Why: why} }
	fi, err := os.Stat(p)
	exists := err == nil
	if exists && fi.IsDir() {
		return clash("is a folder")
	}
	abs := resolvedAbs(p)
	if cfg.FilesFrom != "" && cfg.FilesFrom != "-" && abs == resolvedAbs(cfg.FilesFrom) {
		return clash("is the --files-from list; the log would replace it")
	}
	if cfg.Out != "-" {
		root := resolvedAbs(cfg.Out)
		if abs == root {
			return clash("is the output folder")
		}
		if under(abs, root) && recordLike(p, cfg.Ext) {
			return clash(fmt.Sprintf("is inside the output folder %s and named like a record (*%s or *%s), which a record could replace; name it otherwise or put it elsewhere", input.DisplayPath(cfg.Out), cfg.Ext, archiveExt))
		}
	}
	if !exists {
		return nil // A file made by this run cannot be an input.
	}
	for _, a := range cfg.Inputs {
		ai, err := os.Stat(a)
		switch {
		case err != nil:
		case !ai.IsDir():
			if os.SameFile(ai, fi) {
				return clash("is an input of this run; the log would replace it")
			}
		default:
			root := resolvedAbs(a)
			if !under(abs, root) {
				continue
			}
			rel, err := filepath.Rel(root, abs)
			if err != nil {
				continue
			}
			if filter.takes(filepath.Join(a, rel), filepath.Base(p)) {
				return clash(fmt.Sprintf("is in %s, which is walked, and named like an input; the log would replace it", input.DisplayPath(a)))
			}
		}
	}
	return nil
}

// recordLike reports whether the file p is named like a record: *ext, or
// *.jsonl as archives' records are (in any case).
func recordLike(p, ext string) bool {
	for _, e := range [...]string{ext, archiveExt} {
		if n := len(p) - len(e); e != "" && n >= 0 && strings.EqualFold(p[n:], e) {
			return true
		}
	}
	return false
}

// under reports whether the clean absolute path p lies inside the folder
// root (or is root).
func under(p, root string) bool {
	if p == root {
		return true
	}
	if !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	return strings.HasPrefix(p, root)
}

// resolvedAbs returns p absolute, clean, and with the symbolic links of
// the part of it that exists resolved; what does not exist yet is kept
// as written. On any failure it returns what it has, which at worst
// makes a comparison miss an alias.
func resolvedAbs(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.Clean(p)
	}
	rest := ""
	for cur := abs; ; {
		if r, err := filepath.EvalSymlinks(cur); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return abs
		}
		rest = filepath.Join(filepath.Base(cur), rest)
		cur = parent
	}
}

// syncDir flushes the folder dir to disk, so that a rename into it
// survives a power cut.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
