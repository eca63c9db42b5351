package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync"
)

// outputSink writes record files under the output folder, atomically: each
// file is written under a hidden temporary name in its final folder and
// renamed into place once complete, so a reader (or a rerun with --resume)
// sees either the whole new file, the old one, or none, never a part.
// Files are not synced to disk: this guards against the process dying,
// not against the machine losing power, which would cost a sync per file.
type outputSink struct {
	root    string
	ext     string
	dirInfo fs.FileInfo // the output folder, so walks can leave it out
	pid     string      // in temporary names, to tell runs apart

	// mu guards the temporary files being written, so that abandon can
	// remove them and stop new ones being made on a forced exit.
	mu        sync.Mutex
	temps     map[string]struct{}
	next      uint64
	abandoned bool
}

// errAbandoned refuses new output once abandon has run.
var errAbandoned = errors.New("run abandoned")

// outputError is a failure to write an input's record file. It says which
// file, since the input's path alone would suggest reading failed.
type outputError struct {
	path string
	err  error
}

// Error returns "write PATH: CAUSE".
func (e *outputError) Error() string { return "write " + e.path + ": " + e.err.Error() }

// Unwrap exposes the cause.
func (e *outputError) Unwrap() error { return e.err }

// newOutputSink creates the output folder dir (and its parents) for records
// in format.
func newOutputSink(dir string, format outputFormat) (*outputSink, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("output folder %s: not a folder", dir)
	}
	return &outputSink{
		root:    dir,
		ext:     "." + string(format),
		dirInfo: fi,
		pid:     strconv.Itoa(os.Getpid()),
		temps:   make(map[string]struct{}),
	}, nil
}

// upToDate reports whether out exists and is newer than the input in, so
// --resume can skip it. Any doubt (a missing or unreadable file) means no.
func upToDate(out, in string) bool {
	o, err := os.Stat(out)
	if err != nil {
		return false
	}
	i, err := os.Stat(in)
	if err != nil {
		return false
	}
	return o.ModTime().After(i.ModTime())
}

// write stores data as the file dst, atomically (see outputSink).
func (s *outputSink) write(dst string, data []byte) error {
	f, tmp, err := s.create(dst)
	if errors.Is(err, errAbandoned) {
		return err
	}
	if err != nil {
		return &outputError{path: dst, err: err}
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, dst)
	}
	s.mu.Lock()
	delete(s.temps, tmp)
	abandoned := s.abandoned
	s.mu.Unlock()
	switch {
	case err == nil:
		return nil
	case abandoned:
		// abandon removed the file under our feet: not this input's fault.
		return errAbandoned
	}
	os.Remove(tmp)
	return &outputError{path: dst, err: err}
}

// create makes a new temporary file next to dst, creating dst's folder the
// first time it is missing. The name is hidden (so walks skip it) and
// exclusive (so concurrent runs into one folder cannot share it); files are
// created 0666 less the umask, like any other output. The name is
// registered before the file is made, outside the lock, so that workers do
// not wait on each other's file creation, and abandon can still remove it.
func (s *outputSink) create(dst string) (*os.File, string, error) {
	dir, base := filepath.Split(dst)
	prefix := filepath.Join(dir, "."+base+".tmp"+s.pid+"-")
	for mkdir := true; ; {
		s.mu.Lock()
		if s.abandoned {
			s.mu.Unlock()
			return nil, "", errAbandoned
		}
		s.next++
		tmp := prefix + strconv.FormatUint(s.next, 10)
		s.temps[tmp] = struct{}{}
		s.mu.Unlock()

		f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		s.mu.Lock()
		abandoned := s.abandoned
		if err != nil || abandoned {
			delete(s.temps, tmp)
		}
		s.mu.Unlock()
		switch {
		case err == nil && abandoned:
			f.Close()
			os.Remove(tmp)
			return nil, "", errAbandoned
		case err == nil:
			return f, tmp, nil
		case errors.Is(err, fs.ErrExist):
			continue // left by a crashed run with our pid; try the next name
		case errors.Is(err, fs.ErrNotExist) && mkdir:
			mkdir = false
			if err := os.MkdirAll(dir, 0o777); err != nil {
				return nil, "", err
			}
		default:
			return nil, "", err
		}
	}
}

// abandon removes the temporary files being written and refuses new ones,
// just before the process exits on a second interrupt. A file renamed
// into place already is whole; one renamed after this fails, since its
// temporary file is gone.
func (s *outputSink) abandon() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.abandoned = true
	for tmp := range s.temps {
		os.Remove(tmp)
	}
}
