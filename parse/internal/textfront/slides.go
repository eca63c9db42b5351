package textfront

// The plain-text front end, a slideshow inside the story: a gallery of
// pictures copied from a page prints each slide as its counter and title
// ("3/50 Storm closes the port"), the picture's caption and its credit.
// The captions are prose, and a gallery of dozens of them outweighs the
// story it stands in; the stretch keeps them, so that the story's parts
// above and below the gallery stay one, but the text drops them, as they
// are the gallery's, not the story's.

// minSlides is how many counters in a row, of one total and counting up
// by one, make a slideshow: two may be a list's "1/2" and "2/2" (a
// thread's parts), where a gallery shows many.
const minSlides = 3

// maxSlideDigits is the most digits of a slide's number or of the
// gallery's total: galleries hold tens of pictures, not thousands.
const maxSlideDigits = 3

// maxSlideHead is how many short lines right over a slideshow's first
// counter are its own (its title, a "show all" control, the title again)
// rather than the story's.
const maxSlideHead = 3

// minSlideFrame is the least prose of the story, above a slideshow and
// under it each, for dropSlides to take the slideshow out: a gallery
// wedged in a story, between its paragraphs, is not the story, where a
// page that is a gallery, a line or two of lead over its slides, has
// its story in the slides' captions.
const minSlideFrame = 300

// slideCounter reads the counter that opens a slide's line, "k/n" or
// "k / n" alone or before the slide's title; ok is false when the line
// does not open with one, or k is not between 1 and n.
func slideCounter(s string) (k, n int, ok bool) {
	k, i := leadingNumber(s, 0)
	if i == 0 {
		return 0, 0, false
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '/' {
		return 0, 0, false
	}
	i++
	if i < len(s) && s[i] == ' ' {
		i++
	}
	n, j := leadingNumber(s, i)
	if j == i || j < len(s) && s[j] != ' ' {
		return 0, 0, false
	}
	return k, n, k >= 1 && k <= n
}

// leadingNumber reads the number of at most maxSlideDigits digits at
// s[i:], and returns it and the index after it (i when there is none, or
// it is longer).
func leadingNumber(s string, i int) (int, int) {
	n, j := 0, i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		n = n*10 + int(s[j]-'0')
		j++
	}
	if j-i > maxSlideDigits {
		return 0, i
	}
	return n, j
}

// dropSlides takes out of keep the slideshows within [start, end): each
// run of minSlides counters or more in a row, of one total, counting up
// by one, from the first counter (and the short lines of its head over
// it) to the end of the last slide. A slide runs to the next counter;
// the last one, which nothing follows, holds its counter line, the prose
// of its caption and at most one short line under that (the picture's
// credit), unless prose follows that line: it is then the story's
// subheading, where the story resumes. A slideshow without
// minSlideFrame of prose above it and under it in [start, end) stays.
func dropSlides(lines []textLine, keep []bool, start, end int) {
	first, count, lastK, lastN, last := -1, 0, 0, 0, -1
	flush := func() {
		if count >= minSlides {
			dropSlideRun(lines, keep, start, end, first, last)
		}
		first, count = -1, 0
	}
	for i := start; i < end; i++ {
		if lines[i].digits == 0 {
			continue
		}
		k, n, ok := slideCounter(lines[i].text)
		if !ok {
			continue
		}
		if count > 0 && n == lastN && k == lastK+1 {
			count++
		} else {
			flush()
			first, count = i, 1
		}
		lastK, lastN, last = k, n, i
	}
	flush()
}

// dropSlideRun takes out of keep the slideshow whose first counter is at
// line first and whose last is at line last, as dropSlides says.
func dropSlideRun(lines []textLine, keep []bool, start, end, first, last int) {
	top := first
	for k := first - 1; k >= start && k >= first-maxSlideHead && !lines[k].isProse(); k-- {
		top = k
	}
	bottom := last + 1
	for bottom < end && lines[bottom].isProse() {
		bottom++
	}
	if bottom < end && !lines[bottom].isProse() && (bottom+1 >= end || !lines[bottom+1].isProse()) {
		bottom++ // the credit of the last picture
	}
	if proseSize(lines, start, top) < minSlideFrame || proseSize(lines, bottom, end) < minSlideFrame {
		return
	}
	for k := top; k < bottom; k++ {
		keep[k] = false
	}
}
