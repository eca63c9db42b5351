//go:build !linux

package parse

// maxRSS reports that the peak resident size is not measured here: the
// systems that report it disagree on its unit.
func maxRSS() (int64, bool) { return 0, false }
