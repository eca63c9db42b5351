// Package datetext reads dates printed for people ("Posted at 7:16 AM,
// Jun 17, 2024", "17. Juni 2024, 19:16 Uhr", "2024年6月17日"), as opposed to
// the machine forms of metadata, in the languages whose month names it
// knows. Both front ends use it: on blocks and attribute values of a page,
// and on the lines of a plain-text copy.
//
// It tokenizes the text into numbers, words and symbols and reads dates
// from the tokens, with no regular expression. It reads a numeric date only
// when the order is certain (a dot means day first; a slash date needs a
// part above 12, or both parts alike), keeps a zone only when the text
// names one, refuses days that do not exist and years outside 1970-2099,
// and never resolves a relative date ("vor 2 Tagen"): a saved page has no
// today. A two-digit year is read after a two-digit day and month with
// dots ("17.06.24"), and in the shapes that are as often a version
// ("3.7.14", "27/11/15") only when a caller asks (FindShortYear). Every
// function is safe for concurrent use.
package datetext
