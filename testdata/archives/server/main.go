// Command server serves the pages of wget.warc.gz on 127.0.0.1:18080, so
// that make.sh can archive them with wget: a chunked page, a gzip-encoded
// windows-1252 page that declares its charset only in the HTTP header, a
// plain-text page, an image, a 404 and a redirect. The pages are written
// for artparse's tests. It is under testdata so that go build ignores it.
package main

import (
	"compress/gzip"
	"net"
	"net/http"
)

const story = `<!doctype html>
<html lang="en"><head><title>Harbour ferry returns after winter repairs | The Coastal Times</title>
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2024-03-14T08:30:00+01:00">
<link rel="canonical" href="/news/ferry-returns"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour ferry returns after winter repairs</h1>
<p class="byline">By Mara Lindqvist</p>
<p>The small ferry that links the old harbour with the island villages went back into service on Thursday morning, three weeks later than the town had promised, after a winter in the dry dock at the northern yard.</p>
<p>Engineers replaced both propeller shafts and most of the wiring below deck. The harbour master said the boat would keep its old timetable until the end of April, when the summer crossings begin again every forty minutes.</p>
<p>Passengers waiting on the quay on Thursday said they were glad to leave the bus detour behind. "It takes me an hour less to get to work," said one nurse who lives on the larger island.</p>
</article><footer>Copyright The Coastal Times</footer></body></html>
`

const encoded = `<!doctype html>
<html><head><title>Café owners ask for longer terrace hours</title></head>
<body><article><h1>Café owners ask for longer terrace hours</h1>
<p>Owners of the cafés along the river front asked the council on Monday to let their terraces stay open until midnight during the summer months, saying that the early closing drives visitors to the next town.</p>
<p>The council's committee will answer in May. Residents of the quarter have written to oppose any change, citing the noise of late evenings last year and the bottles left on the embankment.</p>
</article></body></html>
`

const plain = `Library opens on Sundays from June

The central library will open on Sundays from the first of June, the city said on Friday, after a survey found that most readers wanted weekend hours more than longer weekday evenings.

The change costs little: two staff members will move their free day from Sunday to Monday, when the building is quietest.
`

func main() {
	l, err := net.Listen("tcp", "127.0.0.1:18080")
	if err != nil {
		panic(err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/news/ferry-returns", func(w http.ResponseWriter, r *http.Request) {
		// Chunked: no length, flushed part by part.
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		half := len(story) / 2
		w.Write([]byte(story[:half]))
		w.(http.Flusher).Flush()
		w.Write([]byte(story[half:]))
	})
	mux.HandleFunc("/news/terraces", func(w http.ResponseWriter, r *http.Request) {
		// windows-1252, declared only in the HTTP header, gzip-encoded.
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Header().Set("Content-Encoding", "gzip")
		z := gzip.NewWriter(w)
		b := []byte{}
		for _, r := range encoded {
			if r < 0x100 {
				b = append(b, byte(r))
			}
		}
		z.Write(b)
		z.Close()
	})
	mux.HandleFunc("/news/library.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(plain))
	})
	mux.HandleFunc("/img/ferry.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\x00IEND\xaeB`\x82"))
	})
	mux.HandleFunc("/news/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/ferry-returns", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	http.Serve(l, mux)
}
