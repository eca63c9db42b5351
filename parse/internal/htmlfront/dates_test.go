package htmlfront

import (
	"strings"
	"testing"
)

func TestNormalizeDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2024-06-17T07:16:00+02:00", "2024-06-17T07:16:00+02:00"},
		{"2024-06-17T07:16:00.123Z", "2024-06-17T07:16:00Z"},
		{"2024-06-17T07:16:00+0200", "2024-06-17T07:16:00+02:00"},
		{"2024-06-17T07:16:00", "2024-06-17T07:16:00"},
		{"2024-06-17 07:16", "2024-06-17T07:16:00"},
		{"2024-06-17", "2024-06-17"},
		{"20240617", "2024-06-17"},
		{"Mon, 17 Jun 2024 07:16:00 +0200", "2024-06-17T07:16:00+02:00"},
		{"Mon, 17 Jun 2024 07:16:00 EDT", "2024-06-17T07:16:00-04:00"},
		{"Di., 25.01.2022 - 14:45", "2022-01-25T14:45:00"},
		{"June 17, 2024", "2024-06-17"},
		// Metadata values written as people and programs print dates.
		{"Mon Aug 03 12:45:00 EDT 2015", "2015-08-03T12:45:00-04:00"},
		{"Tue Jul 30 09:35:14 CEST 2019", "2019-07-30T09:35:14+02:00"},
		{"17 iunie 2024, 10:15", "2024-06-17T10:15:00"},
		{"١٧ يونيو ٢٠٢٤", "2024-06-17"},
		{"1718608560", ""}, // a Unix time is not read as a date
		{"1899-01-01", ""},
		{"soon", ""},
	}
	for _, tt := range tests {
		if got := normalizeDate(tt.in); got != tt.want {
			t.Errorf("normalizeDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestEpochAttr(t *testing.T) {
	tests := []struct{ key, val, want string }{
		{"data-time", "1466522845", "2016-06-21T15:27:25Z"},
		{"data-utime", "1507287600", "2017-10-06T11:00:00Z"},
		{"data-time-ms", "1466522845000", "2016-06-21T15:27:25Z"},
		{"data-publish-date", "1466522845", "2016-06-21T15:27:25Z"},
		{"data-timestamp", "4102444800", ""}, // 2100: past the window
		{"data-time", "146652284", ""},       // nine digits: a count, not a time
		{"data-time", "14665228450", ""},     // eleven
		{"data-time", "14665x2845", ""},
		{"data-time", "-466522845", ""},
		{"data-id", "1466522845", ""},              // the name says no time
		{"time", "1466522845", ""},                 // not a data attribute
		{"data-updated-time", "1466522845", ""},    // the last change
		{"data-server-time", "1466522845", ""},     // the server's today
		{"data-expires-date", "1466522845000", ""}, // an expiry
	}
	for _, tt := range tests {
		if got := epochAttr([]byte(tt.key), []byte(tt.val)); got != tt.want {
			t.Errorf("epochAttr(%q, %q) = %q; want %q", tt.key, tt.val, got, tt.want)
		}
	}
}

func TestDayFirstLocale(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{"en-GB", true}, {"en_au", true}, {"de", true}, {"fr-CA", true},
		{"en", false}, {"en-US", false}, {"en-ca", false}, {"", false},
	}
	for _, tt := range tests {
		if got := isDayFirstLocale(tt.tag); got != tt.want {
			t.Errorf("isDayFirstLocale(%q) = %v; want %v", tt.tag, got, tt.want)
		}
	}
}

func TestURLDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.com/2024/06/17/some-story/", "2024-06-17"},
		{"https://example.com/news/2024-06-17-some-story", "2024-06-17"},
		{"https://example.com/archive/20240617/story.html", "2024-06-17"},
		{"https://example.com/2024/06/some-story/", ""},
		{"https://example.com/story-123456789", ""},
		{"https://example.com/2024/13/40/x", ""},
		{"https://2024-06-17.example.com/", ""},
		{"https://example.com/x?date=2024-06-17", ""},
		{"https://example.com/news/29-10-2021", "2021-10-29"},
		{"https://example.com/home/2017/7/12/a-story", "2017-07-12"},
		{"https://example.com/home/2017/7/12", "2017-07-12"},
		{"https://example.com/home/2017/7/123/x", ""},
		{"https://example.com/v/2017/7/x", ""},
		{"https://example.com/news/05-10-2021", ""},
		{"https://example.com/news/call-29-10-2021", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := urlDate(tt.in); got != tt.want {
			t.Errorf("urlDate(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestChooseDatesPages runs small pages through the HTML front end and
// checks the publication date chosen when the sources disagree.
func TestChooseDatesPages(t *testing.T) {
	const head = `<!doctype html><html lang="de"><head><title>Ein Titel der Seite</title>`
	tests := []struct{ name, html, url, want string }{
		{"UTC instant at local midnight is the shown day",
			head + `<meta property="article:published_time" content="2021-11-04T23:00:00Z"></head><body><article><h1>Ein Titel der Seite</h1><p>5. November 2021</p><p>Text.</p></article>`,
			"", "2021-11-05"},
		{"UTC instant in the afternoon is not moved",
			head + `<meta property="article:published_time" content="2021-11-04T15:00:00Z"></head><body><article><h1>Ein Titel der Seite</h1><p>5. November 2021</p><p>Text.</p></article>`,
			"", "2021-11-04T15:00:00Z"},
		{"the update shown as the page's date",
			head + `<meta property="article:published_time" content="2021-11-29T14:13:37+00:00"><meta property="article:modified_time" content="2022-01-12T14:27:30+00:00"></head><body><article><h1>Ein Titel der Seite</h1><div class="meta">12.01.2022</div><p>Text.</p></article>`,
			"", "2022-01-12"},
		{"a shown date that matches nothing stated does not win",
			head + `<meta property="article:published_time" content="2021-11-29T14:13:37+00:00"><meta property="article:modified_time" content="2021-12-01T10:00:00+00:00"></head><body><article><h1>Ein Titel der Seite</h1><div class="meta">12.01.2022</div><p>Text.</p></article>`,
			"", "2021-11-29T14:13:37Z"},
		{"microdata in an aside by the headline",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><aside><time itemprop="datePublished" datetime="2023-10-18T11:45:00+02:00">18. Okt 2023</time></aside><p>Text.</p></article><div class="teaser"><time itemprop="dateCreated" datetime="2023-10-10T12:20:56+02:00">10. Okt 2023</time></div>`,
			"", "2023-10-18T11:45:00+02:00"},
		{"pubdate marks on teasers of other days are not the article's",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><p>Le <time datetime="2019-06-28T13:49:45Z">28 juin 2019</time></p>` + strings.Repeat("<p>Un paragraphe de texte.</p>", 12) + `</article><ul><li><time pubdate datetime="2019-09-22T07:30:29Z">22 septembre</time></li><li><time pubdate datetime="2019-09-20T19:01:28Z">20 septembre</time></li></ul>`,
			"", "2019-06-28T13:49:45Z"},
		{"the headline, not a teaser link repeating it",
			head + `</head><body><ul><li><h3><a href="/a">Ein Titel der Seite</a></h3><span>01.02.2022 16:28</span></li><li><h3><a href="/b">Noch ein Teaser</a></h3><span>30.01.2022 14:47</span></li></ul><article><h2>Ein Titel der Seite</h2><small>Erstellt am: 30.01.2022 18:36</small><p>Text.</p></article>`,
			"", "2022-01-30T18:36:00"},
		{"a title typeset with other dashes",
			`<html><head><title>Kolumne – Ein Titel</title></head>` + `</head><body><p>Mittwoch, 01. November 2023</p>` + strings.Repeat("<p><a href=/x>Rubrik</a></p>", 6) + `<h2>Kolumne - Ein Titel</h2><p>31. Oktober 2023. Der Text beginnt.</p>`,
			"", "2023-10-31"},
		{"a heading set in two parts",
			`<html><head><title>Die Arbeit – „Wir dekorieren um“</title></head><body><h1>Radio</h1><p>Mittwoch, 26.02.2020</p>` + strings.Repeat("<p><a href=/x>Rubrik</a></p>", 6) + `<p>Start » Kultur 01.05.2017</p><h1><span>Die Arbeit</span><span>„Wir dekorieren um“</span></h1><p>Text.</p>`,
			"", "2017-05-01"},
		{"script data is the last resort",
			head + `<script>var app = {"author":{"created_at":"2013-02-16T01:56:01-05:00"},"photo":{"published_at":"2013-02-17T04:36:36-05:00"}};</script></head><body><h1>Ein Titel der Seite</h1><p>Text.</p>`,
			"", "2013-02-17T04:36:36-05:00"},
		{"script data does not override a shown date",
			head + `<script>var app = {"published_at":"2013-02-17T04:36:36-05:00"};</script></head><body><h1>Ein Titel der Seite</h1><p>1. März 2013</p><p>Text.</p>`,
			"", "2013-03-01"},
		{"a summary that labels the news item's date, when the page shows none",
			`<html lang="it"><head><title>Un titolo</title><meta name="description" content="Un titolo sul museo (Notizia del 3 Marzo 2021)"></head><body><h1>Un titolo</h1><p>Il testo della notizia.</p>`,
			"", "2021-03-03"},
		{"a summary's unlabelled date is an event's, not the page's",
			`<html lang="it"><head><title>Un titolo</title><meta name="description" content="Concerto al parco il 3 Marzo 2021"></head><body><h1>Un titolo</h1><p>Il testo della notizia.</p>`,
			"", ""},
		{"a summary's labelled date gives way to one the page shows",
			head + `<meta name="description" content="Ein Titel (Meldung vom 3. März 2021)"></head><body><h1>Ein Titel der Seite</h1><p>4. März 2021</p><p>Text.</p>`,
			"", "2021-03-04"},
		{"a publication verb after the date",
			head + `</head><body><h1>Ein Titel der Seite</h1>` + strings.Repeat("<p>Ein Absatz mit etwas Text darin.</p>", 14) + `<p class="postmetadata">Dieser Beitrag wurde am Samstag, 3. Dezember 2011 um 10:15 Uhr veröffentlicht und unter Netzpolitik, Sicherheit abgelegt. Sie können die Kommentare verfolgen.</p>`,
			"", "2011-12-03T10:15:00"},
		{"an update's date before the publication's in one line",
			head + `</head><body><h1>Ein Titel der Seite</h1>` + strings.Repeat("<p>Ein Absatz mit etwas Text darin.</p>", 14) + `<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023</p>`,
			"", "2023-11-01"},
		{"the last edit when the page shows no other date",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>Text ohne Datum.</p><footer><p>Zuletzt aktualisiert: 30.12.2016</p></footer>`,
			"", "2016-12-30"},
		{"a relative date is not resolved",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>vor 2 Tagen</p><p>Text ohne Datum.</p>`,
			"", ""},
		{"a date mentioned in a caption by the headline is not the article's",
			head + `<meta property="article:published_time" content="2022-01-14T09:25:00+01:00"></head><body><h1>Ein Titel der Seite</h1><p>Wo gibt es wie viel Schnee? Diese Frage kommt häufig auf, wenn der nächste Ausflug in die Berge geplant wird.</p><p>Abbildung: Ausschnitt eines Satellitenbildes bei St. Moritz vom 31.05.2021 (links) und die Klassifizierung (rechts)</p>`,
			"", "2022-01-14T09:25:00+01:00"},
		{"a labelled update in a date element is passed over",
			head + `<meta property="article:published_time" content="2019-10-15T16:59:59Z"></head><body><h1>Ein Titel der Seite</h1><div class="timestamp published-date">Updated Mar 12, 2020 @ 10:42 am</div><p>Text.</p>`,
			"", "2019-10-15T16:59:59Z"},
		{"a <time> alone under the headline beats a disagreeing meta date",
			head + `<meta property="og:article:published_time" content="2022-01-15"></head><body><article><h1>Ein Titel der Seite</h1><p><time datetime="2022-01-25">25.01.2022</time></p><p>Text.</p></article>`,
			"", "2022-01-25"},
		{"a <time> in a longer line under the headline does not override the meta date",
			head + `<meta property="article:published_time" content="2022-01-15"></head><body><article><h1>Ein Titel der Seite</h1><p>Zuletzt gelesen am <time datetime="2022-01-25">25.01.2022</time> von vielen</p><p>Text.</p></article>`,
			"", "2022-01-15"},
		{"microdata's modification printed before the publication",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><div><time itemprop="dateModified">2018-08-29 14:15:57</time> <time itemprop="datePublished" datetime="2018-06-22 10:20:00">2018-06-22 10:20:00</time><span>22.06.2018 10:20</span></div><p>Text.</p></article>`,
			"", "2018-06-22T10:20:00"},
		{"an ambiguous slash date on a British page is day first",
			`<html lang="en-GB"><head><title>Ferry fares rise</title></head><body><h1>Ferry fares rise</h1><p>Harbour Times 02/10/2020 Ann Lee</p><p>Text.</p>`,
			"", "2020-10-02"},
		{"an ambiguous slash date on a page of unknown locale is not guessed",
			`<html lang="en"><head><title>Ferry fares rise</title></head><body><h1>Ferry fares rise</h1><p>Harbour Times 02/10/2020 Ann Lee</p><p>Text.</p>`,
			"", ""},
		{"a date mentioned in a sentence by the headline is an event's; the footer's last edit is the page's",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>Der nächste Stammtisch findet am Mi. 5. Februar 2020 ab 19 Uhr im Café statt.</p><p>Text ohne Datum.</p><footer><p>Diese Seite wurde zuletzt am 29. Januar 2020 um 13:22 Uhr geändert.</p></footer>`,
			"", "2020-01-29T13:22:00"},
		{"a publication word before a date in a sentence keeps it",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>Dieser Text wurde veröffentlicht am 5. Februar 2020 von der Redaktion.</p><p>Text.</p>`,
			"", "2020-02-05"},
		{"a dateline opening a paragraph that a tabbed layout puts in a nav",
			head + `</head><body><main><h1>Ein Titel der Seite</h1><h2>Entwicklung im Januar</h2><nav class="tabs"><p>01.02.2022 „Der Arbeitsmarkt ist gut in das Jahr gestartet“, sagte die Vorsitzende am Dienstag. Die Zahl der arbeitslosen Menschen ist im Januar saisonbedingt gestiegen, aber weniger stark als in den Jahren zuvor. Auch die Nachfrage nach Personal ist weiter gewachsen.</p></nav></main>`,
			"", "2022-02-01"},
		{"a short link in a nav by the headline is a menu's",
			head + `</head><body><main><h1>Ein Titel der Seite</h1><nav><p><a href="/archiv">Archiv 01.02.2022</a></p></nav><p>Text ohne Datum, aber lang genug, um ein Absatz zu sein.</p></main>`,
			"", ""},
		{"one instant stated as publication and change gives way to an earlier day shown by the headline",
			head + `<meta property="article:published_time" content="2020-01-20T09:49:32+0000"><meta property="article:modified_time" content="2020-01-20T09:49:32+0000"></head><body><p>Kultur</p><p>January 19, 2020 / 12:25 PM / Updated 8 hours ago</p><h1>Ein Titel der Seite</h1><p>Text.</p>`,
			"", "2020-01-19T12:25:00"},
		{"an earlier day shown far below the headline (an embed's) does not override",
			head + `<meta property="article:published_time" content="2020-01-20T09:49:32+0000"><meta property="article:modified_time" content="2020-01-20T09:49:32+0000"></head><body><h1>Ein Titel der Seite</h1>` + strings.Repeat("<p>Ein Absatz.</p>", 6) + `<p>19. Januar 2020</p><p>Text.</p>`,
			"", "2020-01-20T09:49:32Z"},
		{"a Unix time in a data attribute by the headline",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><p>Von Anna Muster · <span class="stamp" data-time="1466522845">vor 2 Tagen</span></p><p>Text.</p></article>`,
			"", "2016-06-21T15:27:25Z"},
		{"a Unix time named as the server's is not the story's",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><p>Von Anna Muster · <span class="stamp" data-server-time="1466522845">vor 2 Tagen</span></p><p>Text.</p></article>`,
			"", ""},
		{"a Java-style time in the stated metadata",
			head + `<meta property="article:published_time" content="Mon Aug 03 12:45:00 EDT 2015"></head><body><article><h1>Ein Titel der Seite</h1><p>Text.</p></article>`,
			"", "2015-08-03T12:45:00-04:00"},
		{"an Arabic date shown by the headline",
			`<html lang="ar"><head><title>عنوان المقال</title></head><body><article><h1>عنوان المقال</h1><p>الأحد ١٦ حزيران ٢٠٢٤</p><p>نص المقال.</p></article>`,
			"", "2024-06-16"},
		{"a JSON-LD time labelled UTC with the wall clock of the meta's local time",
			head + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-16T22:30:00Z"}</script><meta property="article:published_time" content="2024-06-16T22:30:00-05:00"></head><body><article><h1>Ein Titel der Seite</h1><p>Text.</p></article>`,
			"", "2024-06-16T22:30:00-05:00"},
		{"a JSON-LD time in UTC and a meta naming another instant: the JSON-LD holds",
			head + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-16T22:30:00Z"}</script><meta property="article:published_time" content="2024-06-16T20:00:00-05:00"></head><body><article><h1>Ein Titel der Seite</h1><p>Text.</p></article>`,
			"", "2024-06-16T22:30:00Z"},
		{"a JSON-LD time in UTC that the meta states as local time of the same instant",
			head + `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-17T03:30:00Z"}</script><meta property="article:published_time" content="2024-06-16T22:30:00-05:00"></head><body><article><h1>Ein Titel der Seite</h1><p>Text.</p></article>`,
			"", "2024-06-16T22:30:00-05:00"},
		{"two times run together in one line",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><p><time class="published" datetime="2019-06-28T11:32:59+02:00">28. Juni 2019</time><time class="updated" datetime="2020-01-14T09:14:33+01:00">14. Januar 2020</time> | Autor</p><p>Am 26. September 2019 gibt es einen Workshop.</p></article>`,
			"", "2019-06-28T11:32:59+02:00"},
		// Dates with a two-digit year, read in a byline only.
		{"a two-digit-year date after the author's name",
			head + `</head><body><article><h1>Ein Titel der Seite</h1><p>von <a rel="author" class="author" href="/autor/anna">Anna Muster</a>, 3.7.14 </p><p>Text.</p></article>`,
			"", "2014-07-03"},
		{"a two-digit-year date after a date word in a post's byline",
			head + `</head><body><h1>Ein Titel der Seite</h1><div class="post"><p class="author">von <strong>fuchs</strong> am 27/11/15, 09:12 pm</p><p>Text.</p></div><div class="post"><p class="author">von <strong>luchs</strong> am 29/11/15, 10:30 am</p><p>Antwort.</p></div>`,
			"", "2015-11-27T21:12:00"},
		{"an ambiguous two-digit-year slash date on an English page is not guessed",
			`<html lang="en"><head><title>Ferry fares rise</title></head><body><h1>Ferry fares rise</h1><p class="byline">by <b>Ann Lee</b> on 05/06/13</p><p>Text.</p>`,
			"", ""},
		{"the page's language decides the order of a two-digit-year slash date",
			head + `</head><body><h1>Ein Titel der Seite</h1><p class="byline">von <b>Anna Muster</b> am 05/06/13</p><p>Text.</p>`,
			"", "2013-06-05"},
		{"a two-digit-year date outside a byline is not read",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>Stand: 3.7.14</p><p class="author">Anna Muster</p><p>Text.</p>`,
			"", ""},
		{"a two-digit-year figure in a byline not set as a date is not read",
			head + `</head><body><h1>Ein Titel der Seite</h1><p class="author">Anna Muster, Version 3.7.14</p><p>Text.</p>`,
			"", ""},
		{"a commenter's byline is not the story's",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>Text.</p><div class="comments"><p class="author">von <b>gast</b> am 27/11/15</p></div>`,
			"", ""},
		{"a stated date beats a byline's two-digit-year date",
			head + `<meta property="article:published_time" content="2014-07-04T10:00:00+02:00"></head><body><h1>Ein Titel der Seite</h1><p>von <a rel="author" class="author" href="/autor/anna">Anna Muster</a>, 3.7.14</p><p>Text.</p>`,
			"", "2014-07-04T10:00:00+02:00"},
		{"a full date printed on the page beats a byline's two-digit-year date",
			head + `</head><body><h1>Ein Titel der Seite</h1><p>von <a rel="author" class="author" href="/autor/anna">Anna Muster</a>, 3.7.14</p><p>Text.</p><p>Erschienen am 4. Juli 2014</p>`,
			"", "2014-07-04"},
	}
	for _, tt := range tests {
		a := parsePage(tt.html, tt.url)
		if a.Published != tt.want {
			t.Errorf("%s: Published = %q; want %q", tt.name, a.Published, tt.want)
		}
	}
}

func TestScriptDate(t *testing.T) {
	tests := []struct{ doc, want string }{
		{`<script>window.state = {"id": 7, "published_at": "2019-03-02T06:22:28+01:00"}</script>`, "2019-03-02T06:22:28+01:00"},
		{`<div data-state="{&quot;publishedDate&quot;:&quot;2016-11-04T20:37:27Z&quot;}"></div>`, "2016-11-04T20:37:27Z"},
		// The stronger key wins wherever it stands.
		{`{"createdAt":"2022-01-30T10:00:00Z","x":{"datePublished":"2022-01-31"}}`, "2022-01-31"},
		{`{"publishDate": 1546300800}`, ""}, // a number is not read
		{`{"publishDate":"gestern"}`, ""},
		{`{"publishDate":"vor 2 Tagen"}`, ""}, // relative dates need a today, which a saved page lacks
		{`no scripts here`, ""},
		{``, ""},
		// White space around the colon is allowed; the value must be quoted
		// with the key's own quote.
		{`{"pubDate" :	"2020-01-02"}`, "2020-01-02"},
		{`{&quot;pubDate&quot;:"2020-01-02"}`, ""},
		{`{"pubDate":&quot;2020-01-02&quot;}`, ""},
		// Only the first three occurrences of a key are read.
		{`{"pubDate":1,"pubDate":"","pubDate":"x","pubDate":"2020-01-02"}`, ""},
		{`{"pubDate":1,"pubDate":"","pubDate":"2020-01-02","pubDate":"2021-01-02"}`, "2020-01-02"},
		// A plain quote is read before an escaped one, wherever they stand.
		{`{&quot;pubDate&quot;:&quot;2019-05-06&quot;} {"pubDate":"2020-01-02"}`, "2020-01-02"},
		// A key's closing quote does not open its next occurrence.
		{`{"pubDate"pubDate":"2020-01-02"}`, ""},
		// but may open another key.
		{`{"pubDate"createdAt":"2020-01-02"}`, "2020-01-02"},
		{`{&quot;pubDate&quot;pubDate&quot;:&quot;2020-01-02&quot;}`, ""},
		// Keys are matched whole and with their case.
		{`{"DatePublished":"2020-01-02"}`, ""},
		{`{"xpubDate":"2020-01-02"}`, ""},
		{`{"pubDates":"2020-01-02"}`, ""},
		// Values: not empty, at most 40 bytes, a whole day.
		{`{"pubDate":""}`, ""},
		{`{"pubDate":"2020-01"}`, ""},
		{`{"pubDate":"2020-01-02T10:00:00+01:00 and some more text here"}`, ""},
		{`{"pubDate":"Mon, 02 Jan 2006 15:04:05 -0700"}`, "2006-01-02T15:04:05-07:00"},
		{`{"pubDate":"2020-01-02`, ""},
		{`{"pubDate":`, ""},
		{`"pubDate"`, ""},
		// Of all keys and quotes, the strongest key wins, then the plain quote.
		{`{&quot;datePublished&quot;:&quot;2018-01-01&quot;,"uploadDate":"2019-01-01","publishedDate":"2017-01-01"}`, "2018-01-01"},
		{`{"created_at":"2015-01-01","createdAt":"2016-01-01"}`, "2016-01-01"},
	}
	for _, tt := range tests {
		if got := scriptDate(tt.doc); got != tt.want {
			t.Errorf("scriptDate(%q) = %q; want %q", tt.doc, got, tt.want)
		}
	}
}
