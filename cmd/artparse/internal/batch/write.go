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
	"syscall"

	"github.com/artparse/artparse/cmd/artparse/internal/input"
)

// outputSink writes record files under the output folder, atomically: each
// file is written under a hidden temporary name in its final folder and
// renamed into place once complete, so a reader (or a rerun with --resume)
// sees either the whole new file, the old one, or none, never a part.
// Files are not synced to disk unless fsync is set: without it this
// guards against the process dying, not against the machine losing power,
// which costs a sync per file and per folder.
//
// Nothing is written outside the output folder: each record's folder is
// made level by level without following symbolic links (see ensureDir),
// so a link inside the output folder that leads out of it is refused.
type outputSink struct {
	root    string
	real    string // root with its symbolic links resolved
	ext     string
	dirInfo fs.FileInfo // the output folder, so walks can leave it out
	pid     string      // in temporary names, to tell runs apart
	fsync   bool        // sync each file before its rename and its folder after

	// dirs are the folders under root found (or made) to be inside it
	// this run, so each costs its checks once: one entry per folder of
	// the output, not per file.
	dirs sync.Map

	// temps are the temporary files being written, so that abandon can
	// remove them and stop new ones being made on a forced exit; next
	// numbers their names.
	temps tempSet
	next  atomic.Uint64
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

// newOutputSink creates the output folder dir (and its parents) for record
// files named *ext. The folder itself may be reached through links: it is
// the user's choice; only what is below it is checked.
func newOutputSink(dir, ext string, fsync bool) (*outputSink, error) {
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
	real, err := filepath.Abs(dir)
	if err == nil {
		real, err = filepath.EvalSymlinks(real)
	}
	if err != nil {
		return nil, fmt.Errorf("output folder: %w", err)
	}
	return &outputSink{
		root:    filepath.Clean(dir),
		real:    real,
		ext:     ext,
		dirInfo: fi,
		pid:     strconv.Itoa(os.Getpid()),
		fsync:   fsync,
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

// write stores data as the file dst, atomically (see outputSink); src is
// the input it comes from, which it must not replace.
func (s *outputSink) write(dst, src string, data []byte) error {
	f, tmp, err := s.open(dst)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	return s.commit(f, tmp, dst, src, err)
}

// open starts the file dst: it returns the temporary file to write it
// into, which commit then puts in place or discard removes. The error is
// errAbandoned or an *outputError.
func (s *outputSink) open(dst string) (*os.File, string, error) {
	f, tmp, err := s.create(dst)
	if err != nil && !errors.Is(err, errAbandoned) {
		err = &outputError{path: dst, err: err}
	}
	return f, tmp, err
}

// commit closes f, the temporary file tmp made by open, and renames it to
// dst unless werr says writing it failed; src is the input dst comes
// from, which it must not replace. On any failure tmp is removed. Under
// fsync the file is synced before the rename and its folder after.
func (s *outputSink) commit(f *os.File, tmp, dst, src string, werr error) error {
	err := werr
	if err == nil && s.fsync {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = s.replace(tmp, dst, src)
	}
	if err == nil && s.fsync {
		// The record is whole in place; only its durability failed.
		if err = syncDir(filepath.Dir(dst)); err != nil {
			s.temps.done(tmp)
			return &outputError{path: dst, err: err}
		}
	}
	switch abandoned := s.temps.done(tmp); {
	case err == nil:
		return nil
	case abandoned:
		// abandon removed the file under our feet: not this input's fault.
		return errAbandoned
	}
	os.Remove(tmp)
	return &outputError{path: dst, err: err}
}

// discard closes and removes f, the temporary file tmp made by open,
// leaving whatever dst was before.
func (s *outputSink) discard(f *os.File, tmp string) {
	f.Close()
	s.temps.done(tmp)
	os.Remove(tmp)
}

// errReplacesInput refuses to rename a record over its own input, met
// through a link or an alias of the path (the lister catches equal paths).
var errReplacesInput = errors.New("is the input itself (through a link or another path); not replaced")

// replace renames tmp to dst, unless dst is the input src itself. Only
// when dst exists does that cost a stat of src; os.Rename would stat dst
// anyway (to refuse replacing a folder), so the common case costs no more.
func (s *outputSink) replace(tmp, dst, src string) error {
	if di, err := os.Lstat(dst); err == nil {
		if si, err := os.Stat(src); err == nil && os.SameFile(di, si) {
			return errReplacesInput
		}
		if di.IsDir() {
			return &os.LinkError{Op: "rename", Old: tmp, New: dst, Err: input.ErrIsDir}
		}
	}
	if err := syscall.Rename(tmp, dst); err != nil {
		return &os.LinkError{Op: "rename", Old: tmp, New: dst, Err: err}
	}
	return nil
}

// create makes a new temporary file next to dst, creating dst's folder
// (see ensureDir) the first time. The name is hidden (so walks skip it) and
// exclusive (so concurrent runs into one folder cannot share it); files are
// created 0666 less the umask, like any other output. The name is
// registered before the file is made, and the file made outside any lock,
// so that workers do not wait on each other's file creation, and abandon
// can still remove it.
func (s *outputSink) create(dst string) (*os.File, string, error) {
	dir, base := filepath.Split(dst)
	dir = filepath.Clean(dir)
	if err := s.ensureDir(dir, true); err != nil {
		return nil, "", err
	}
	prefix := filepath.Join(dir, "."+base+".tmp"+s.pid+"-")
	for mkdir := true; ; {
		tmp := prefix + strconv.FormatUint(s.next.Add(1), 10)
		if !s.temps.add(tmp) {
			return nil, "", errAbandoned
		}
		f, err := createExcl(tmp)
		if err == nil && s.temps.abandoned() {
			// abandon ran while the file was made, maybe before it
			// existed.
			s.temps.done(tmp)
			f.Close()
			os.Remove(tmp)
			return nil, "", errAbandoned
		}
		if err != nil {
			s.temps.done(tmp)
		}
		switch {
		case err == nil:
			return f, tmp, nil
		case errors.Is(err, fs.ErrExist):
			continue // left by a crashed run with our pid; try the next name
		case errors.Is(err, fs.ErrNotExist) && mkdir:
			// The folder went away since it was checked: check again.
			mkdir = false
			s.dirs.Clear()
			if err := s.ensureDir(dir, true); err != nil {
				return nil, "", err
			}
		default:
			return nil, "", err
		}
	}
}

// createExcl creates the new file name for writing, failing if it exists.
// It is os.OpenFile without the runtime poller: for a regular file Go
// first tries to register the descriptor with epoll, which costs five
// system calls that always fail or are undone; a batch makes one file per
// input.
func createExcl(name string) (*os.File, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_EXCL|syscall.O_CLOEXEC, 0o666)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return os.NewFile(uintptr(fd), name), nil
	}
}

// abandon removes the temporary files being written and refuses new ones,
// just before the process exits on a second interrupt. A file renamed
// into place already is whole; one renamed after this fails, since its
// temporary file is gone.
func (s *outputSink) abandon() { s.temps.abandon() }

// sweep removes from the output folder dir the temporary files that runs
// killed outright (SIGKILL, a crash) left behind. A temporary name carries
// its writer's process id; only files whose process is gone are removed,
// so a run writing into the same folder at the same time keeps its own.
// A process id reused since is taken as alive, which errs on keeping the
// file. Processes of other machines sharing the folder cannot be checked:
// do not point runs on two machines at one output folder at once.
func (s *outputSink) sweep(dir string) {
	if s.ensureDir(filepath.Clean(dir), false) != nil {
		return // missing, or out of the output folder: not ours to clean
	}
	des, err := os.ReadDir(dir)
	if err != nil {
		return // a new folder (the common case) or an unreadable one: nothing to do
	}
	for _, de := range des {
		pid, ok := tempPid(de.Name())
		if ok && de.Type().IsRegular() && pid != s.pid && !processAlive(pid) {
			os.Remove(filepath.Join(dir, de.Name()))
		}
	}
}

// tempPid returns the process id in a temporary name made by create,
// ".NAME.tmpPID-N"; ok is false for any other name.
func tempPid(name string) (pid string, ok bool) {
	if !strings.HasPrefix(name, ".") {
		return "", false
	}
	dash := strings.LastIndexByte(name, '-')
	tmp := strings.LastIndex(name, ".tmp")
	if dash < 0 || tmp < 1 || tmp > dash {
		return "", false
	}
	pid, n := name[tmp+len(".tmp"):dash], name[dash+1:]
	if !allDigits(pid) || !allDigits(n) {
		return "", false
	}
	return pid, true
}

// allDigits reports whether s is a non-empty run of ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// linkOutError refuses a record's folder reached through a symbolic link
// (inside the output folder) that leads out of the output folder.
type linkOutError struct{ dir string }

// Error says which link.
func (e *linkOutError) Error() string {
	return e.dir + " is a symbolic link leading out of the output folder; not followed"
}

// ensureDir checks that dir, a folder under the output folder, is inside
// it, creating (when create is set) the levels that are missing. Each
// level is looked at with Lstat, not followed blindly as MkdirAll would:
// a symbolic link is resolved and kept only if it leads to a folder
// inside the output folder; anything else but a folder fails. Folders
// found good are remembered for the rest of the run; another process
// replacing one by a link meanwhile is not guarded against.
func (s *outputSink) ensureDir(dir string, create bool) error {
	if _, ok := s.dirs.Load(dir); ok || dir == s.root {
		return nil
	}
	rel, err := filepath.Rel(s.root, dir)
	if err != nil || !filepath.IsLocal(rel) {
		return &linkOutError{dir: dir} // cannot happen: outputs are joined under root
	}
	cur := s.root
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		cur = filepath.Join(cur, part)
		if _, ok := s.dirs.Load(cur); ok {
			continue
		}
		fi, err := os.Lstat(cur)
		if errors.Is(err, fs.ErrNotExist) && create {
			// Another worker may make it at the same time: either way
			// it is then looked at.
			if err = os.Mkdir(cur, 0o777); err == nil || errors.Is(err, fs.ErrExist) {
				fi, err = os.Lstat(cur)
			}
		}
		switch {
		case err != nil:
			return err
		case fi.Mode()&fs.ModeSymlink != 0:
			to, err := filepath.EvalSymlinks(cur)
			if err == nil {
				to, err = filepath.Abs(to)
			}
			if err != nil || !under(to, s.real) {
				return &linkOutError{dir: cur}
			}
			if ti, err := os.Stat(to); err != nil || !ti.IsDir() {
				return &fs.PathError{Op: "mkdir", Path: cur, Err: syscall.ENOTDIR}
			}
		case !fi.IsDir():
			return &fs.PathError{Op: "mkdir", Path: cur, Err: syscall.ENOTDIR}
		}
		s.dirs.Store(cur, struct{}{})
	}
	return nil
}
