package batch

import (
	"path/filepath"
	"strings"
)

// companionSuffixes are what browsers append to a page's name for the
// folder of its files when they save it "complete" (Story.html beside
// Story_files/): Chrome, Edge and Firefox write "_files"; Internet Explorer
// and the Windows shell, which keeps the two together, use the word of
// the system's language, joined by "_" or by "-".
var companionSuffixes = []string{
	"_files", "_file", "-files",
	"-dateien", "_dateien", // German
	"_fichiers", "-fichiers", // French
	"_archivos", "-archivos", // Spanish
	"_arquivos", "-arquivos", // Portuguese
	"-bestanden", "_bestanden", // Dutch
	"_pliki", "-pliki", // Polish
	"_soubory", "-soubory", // Czech
	"-filer", "_filer", // Danish, Norwegian, Swedish
	"_tiedostot", "-tiedostot", // Finnish
	"_fajlovi", "_dosyalar", "_failai", "_faili", // Croatian, Turkish, Lithuanian, Latvian
}

// pageExts are the names' endings of a saved page whose files folder sits
// beside it.
var pageExts = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht"}

// savedPageStems returns the names, without their ending and lower-cased,
// of the files among names that are saved pages.
func savedPageStems(names []string) map[string]bool {
	var stems map[string]bool
	for _, name := range names {
		ext := strings.ToLower(filepath.Ext(name))
		for _, e := range pageExts {
			if ext == e {
				if stems == nil {
					stems = make(map[string]bool)
				}
				stems[strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))] = true
				break
			}
		}
	}
	return stems
}

// isCompanion reports whether the folder dir holds the files of a page
// saved beside it, one of stems: its frames, scripts and images, which
// are parts of that page and not pages of their own.
func isCompanion(dir string, stems map[string]bool) bool {
	if len(stems) == 0 {
		return false
	}
	lower := strings.ToLower(dir)
	for _, suf := range companionSuffixes {
		if stem, ok := strings.CutSuffix(lower, suf); ok && stems[stem] {
			return true
		}
	}
	return false
}
