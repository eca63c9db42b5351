// Package quality measures artparse's extraction quality against the
// evaluation corpora described in the corpus README (by default
// ../shared/corpus next to the module root).
//
// It holds three things, none of which depends on the parse package:
//
//   - corpus loading: truth.jsonl lines and gunzipped pages, keyed by id
//     (Spec, Corpora, Load);
//   - the metrics, implemented exactly as the corpus README defines them:
//     snippets (Counts, SnippetCounts), shingles (Tokens, CompareShingles,
//     ShingleScore), metadata (SameTitle, SameByline, SameDay, SameLang) and
//     their per-corpus aggregation (Evaluate, Aggregate);
//   - the floors file that pins today's figures (ReadFloors, WriteFloors,
//     FloorDown, CheckFloors).
//
// Every function is safe for concurrent use.
package quality
