package batch

import (
	"os"
	"path/filepath"
	"sync"
)

// tempSet is the temporary files a run is writing, so that a forced exit
// (a second interrupt) can remove them first: abandon removes every file
// of the set and refuses new ones. A name registered before its file is
// made cannot be missed by abandon, as long as its creator checks
// abandoned once the file exists. The zero value is ready to use.
type tempSet struct {
	mu    sync.Mutex
	names map[string]struct{}
	gone  bool // abandon has run
}

// add registers name; it returns false, registering nothing, once abandon
// has run.
func (t *tempSet) add(name string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.gone {
		return false
	}
	if t.names == nil {
		t.names = make(map[string]struct{})
	}
	t.names[name] = struct{}{}
	return true
}

// done unregisters name, a file renamed into place or removed, and
// reports whether abandon has run (and so may have removed it).
func (t *tempSet) done(name string) (abandoned bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.names, name)
	return t.gone
}

// abandoned reports whether abandon has run.
func (t *tempSet) abandoned() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.gone
}

// abandon removes the registered files and refuses new ones.
func (t *tempSet) abandon() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.gone = true
	for name := range t.names {
		os.Remove(name)
	}
}

// spooler makes the temporary files that carry what a worker read from an
// archive (its records for standard output, its failures) to the report,
// which takes its results in input order, maybe long after. They are in
// the system's temporary folder (TMPDIR), since under -o - there is no
// output folder, and the report removes each once read; a run killed
// outright (SIGKILL) leaves its files there, named artparse-*.
type spooler struct {
	temps tempSet
}

// create makes a new spool file; what names its use in the file's name.
// The error is errAbandoned or an *outputError.
func (s *spooler) create(what string) (*os.File, error) {
	pattern := "artparse-" + what + "-*"
	f, err := os.CreateTemp("", pattern)
	if err != nil {
		return nil, &outputError{path: filepath.Join(os.TempDir(), pattern), err: err}
	}
	// Registered once made: abandon either sees it or has run, which add
	// then says.
	if !s.temps.add(f.Name()) {
		f.Close()
		os.Remove(f.Name())
		return nil, errAbandoned
	}
	return f, nil
}

// remove deletes a spool file made by create; "" is none.
func (s *spooler) remove(name string) {
	if name != "" {
		s.temps.done(name)
		os.Remove(name)
	}
}

// abandon removes every spool file and refuses new ones.
func (s *spooler) abandon() { s.temps.abandon() }
