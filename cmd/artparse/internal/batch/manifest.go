package batch

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// A record file says nothing of the options it was made with, so --resume
// alone would keep records made with other ones: after a plain run,
// "--resume --content markdown" would skip every input and leave records
// without content. The output folder therefore keeps a manifest, a small
// JSON file naming the options that shape the records and the version of
// the program, and a resumed run whose settings differ refuses to start,
// naming the differences. Refusing rather than redoing the records keeps
// the rule simple and loses nothing: a run without --resume redoes them
// all, on purpose.

// ManifestName is the manifest's name in the output folder. It is hidden,
// so walks never take it, and has no extension a record file ends in, so
// no input's record can be named like it.
const ManifestName = ".artparse-batch"

// Setting is one option that shapes the records, as the manifest keeps
// it: the option's name as the user writes it ("--content") and its value
// as it is shown ("none" rather than "").
type Setting struct{ Name, Value string }

// manifest is the manifest file's content.
type manifest struct {
	About    string            `json:"about"`
	Settings map[string]string `json:"settings"`
}

// manifestAbout tells a reader of the manifest what it is.
const manifestAbout = "the options of the artparse batch run that wrote this folder; artparse batch --resume goes on only with the same ones"

// SettingsError refuses to resume into a folder whose records were made
// with other settings.
type SettingsError struct {
	Dir   string
	Diffs []string // "--content markdown (was none)", in the order of Config.Settings
}

// Error names the folder and the settings that differ, and the way out.
func (e *SettingsError) Error() string {
	return fmt.Sprintf("--resume: the records in %s were made with other options: %s; resume with the same options, or run without --resume to redo them all",
		e.Dir, strings.Join(e.Diffs, ", "))
}

// checkManifest keeps the run's settings in the output folder of sink.
// Without resume it writes them, since the run redoes the records it
// meets. With resume it compares them with those the folder keeps and
// returns a *SettingsError when they differ; a folder without a manifest
// (a new one, or one written before manifests) gets the run's.
func (s *outputSink) checkManifest(settings []Setting, resume bool) error {
	path := filepath.Join(s.root, ManifestName)
	if resume {
		b, err := os.ReadFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
		case err != nil:
			return fmt.Errorf("--resume: %w", err)
		default:
			var m manifest
			if err := json.Unmarshal(b, &m); err != nil || m.Settings == nil {
				return fmt.Errorf("--resume: %s is not an artparse manifest: remove it, or run without --resume", path)
			}
			var diffs []string
			for _, st := range settings {
				was, ok := m.Settings[st.Name]
				if !ok {
					was = "not recorded"
				}
				if was != st.Value {
					diffs = append(diffs, fmt.Sprintf("%s %s (was %s)", st.Name, st.Value, was))
				}
			}
			if len(diffs) > 0 {
				return &SettingsError{Dir: s.root, Diffs: diffs}
			}
			return nil
		}
	}
	m := manifest{About: manifestAbout, Settings: make(map[string]string, len(settings))}
	for _, st := range settings {
		m.Settings[st.Name] = st.Value
	}
	b, _ := json.MarshalIndent(m, "", "  ") // Strings always marshal.
	if err := s.write(path, "", append(b, '\n')); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	return nil
}
