package lexicon

import "slices"

// Picture credits: "Foto: Ann Lee", "(Photo by Ann Lee on Unsplash)",
// "Crowds on the quay (REUTERS/Bo Chan)". A page's markup sets most
// captions apart in a <figure>, where the HTML front end drops them
// without reading them; a copy keeps them as lines among the story's, and
// the text front end tells them by their words alone. So the HTML front
// end reads only the openings of credits, and the text front end reads
// more, and the marks of a credit anywhere in a caption.

// CreditOpenings are the lower-case openings of a picture credit that
// both front ends read.
var CreditOpenings = []string{
	"foto:", "fotos:", "fot.", "photo:", "photos:", "bild:", "bilder:", "credit:",
	"credits:", "crédits", "quelle:", "source:", "copyright:",
}

// LineCreditOpenings are the openings that make a line of a copy a
// picture credit: CreditOpenings and two more, "image:" and "crédit".
// The HTML front end leaves those two out: the lines "Image: …" and
// "Crédit photo : …" that pages print among a story's paragraphs stay in
// its bodies (with them, 4 of the corpus's HTML records change).
var LineCreditOpenings = slices.Concat(CreditOpenings, []string{"image:", "crédit"})

// CreditMarks are the marks of a picture credit anywhere in a caption, as
// pages print them: a label, an agency with a photographer's name after
// a slash, a stock library, the copyright sign before the owner's name
// ("The quay at dawn © Ann Lee"); a site's own copyright line is a
// notice either way. An agency's name alone, as in a dateline
// "PARIS (AFP)", is not one: that opens a story's paragraph. Each has two
// bytes at least.
var CreditMarks = []string{
	"Getty Images", "Shutterstock", "ShutterStock", "iStock", "Unsplash", "Pixabay", "picture alliance", "(Symbolbild)",
	"Photo by ", "Foto von ", "stock.adobe.com",
	"Foto:", "Fotos:", "Photo:", "Photos:", "Bild:", "Źródło:", "Quelle:", "Crédito:", "crédito:",
	"Credit:", "Image:", "REUTERS/", "Reuters/", "/Reuters", "/AFP", "AFP/", "/dpa", "dpa/", "PAP/", "©",
}

// CreditWords are the words, as pages print them, that make a line that
// holds one a caption rather than a headline or a name: a caption credits
// its picture.
var CreditWords = []string{
	"Photo", "photo", "Foto", "foto", "Getty", "AFP", "Reuters", "Source:", "Image", "Credit", "Bild:", "(c)", "©",
}
