package htmlfront

import (
	"reflect"
	"testing"
)

func TestCleanAuthors(t *testing.T) {
	site := []string{"The Daily Example"}
	tests := []struct {
		in     []string
		strict bool
		want   []string
	}{
		{[]string{"By Jane Doe"}, true, []string{"Jane Doe"}},
		{[]string{"by JANE DOE and John Smith"}, true, []string{"JANE DOE", "John Smith"}},
		{[]string{"Jane Doe, Staff Writer"}, true, []string{"Jane Doe"}},
		{[]string{"Jane Doe | June 17, 2024"}, true, []string{"Jane Doe"}},
		{[]string{"Jane Doe jane.doe@example.com"}, true, nil}, // a name glued to an address is not split
		{[]string{"Jane Doe", "jane.doe@example.com"}, true, []string{"Jane Doe"}},
		{[]string{"https://example.com/authors/jane"}, true, nil},
		{[]string{"Jane Q. Doe (https://example.org/jdoe/)"}, true, []string{"Jane Q. Doe"}},
		{[]string{"Jane Doe http://example.org/jdoe/ and John Smith"}, true, []string{"Jane Doe", "John Smith"}},
		{[]string{"Von Anna Schmidt und Jonas Weber, The Daily Example"}, true, []string{"Anna Schmidt", "Jonas Weber"}},
		{[]string{"Par Sébastien Martin et Chloé Petit"}, true, []string{"Sébastien Martin", "Chloé Petit"}},
		{[]string{"Por María López y José García"}, true, []string{"María López", "José García"}},
		{[]string{"Written by: Ada Lovelace; Charles Babbage"}, true, []string{"Ada Lovelace", "Charles Babbage"}},
		{[]string{"山田 太郎、佐藤 花子"}, true, []string{"山田 太郎", "佐藤 花子"}},
		{[]string{"Иван Петров и Анна Смирнова"}, true, []string{"Иван Петров", "Анна Смирнова"}},
		{[]string{"史蒂文的家_藍天 (stevenhgm)"}, true, []string{"史蒂文的家_藍天 (stevenhgm)"}},
		{[]string{"The Daily Example"}, true, nil},
		{[]string{"Jane Doe", "jane doe"}, true, []string{"Jane Doe"}},
		{[]string{"posted in news and views by the desk"}, true, nil},
		{[]string{"Contributors to Example projects"}, false, []string{"Contributors to Example projects"}},
		{[]string{"Contributors to Example projects"}, true, nil},
		{[]string{"Jane Doe &amp; John Smith"}, true, []string{"Jane Doe", "John Smith"}},
		{[]string{"Anne Martin (avec Paul Petit et Léa Roux)"}, true, []string{"Anne Martin", "Paul Petit", "Léa Roux"}},
		{[]string{"Jane Doe (with John Smith)"}, true, []string{"Jane Doe", "John Smith"}},
		{[]string{"Written by Jane Doe Edited by John Smith"}, true, []string{"Jane Doe", "John Smith"}},
		{[]string{"By JANE DOE March 11, 2015 3:46 PM"}, true, []string{"JANE DOE"}},
		{[]string{"Jane Doe 11.03.2015"}, true, []string{"Jane Doe"}},
	}
	for _, tt := range tests {
		got := cleanAuthors(tt.in, site, tt.strict)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cleanAuthors(%q, strict=%v) = %q; want %q", tt.in, tt.strict, got, tt.want)
		}
	}
}

func TestInvertName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jong, Michiel de", "Michiel de Jong"},
		{"Kooman, F.", "F. Kooman"},
		{"Doe, Jane Q.", "Jane Q. Doe"},
		{"Jane Doe, John Smith", "Jane Doe, John Smith"}, // a list, not one name
		{"Doe, Jane, Smith, John", "Doe, Jane, Smith, John"},
		{"Jane Doe", "Jane Doe"},
	}
	for _, tt := range tests {
		if got := invertName(tt.in); got != tt.want {
			t.Errorf("invertName(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestCleanBylineNoise covers what a byline prints around its names
// that is no name: the label itself, a day, a section, an affiliation,
// a wire service.
func TestCleanBylineNoise(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Byby JANE DOE, JOHN ROE and ANN LEE", []string{"JANE DOE", "JOHN ROE", "ANN LEE"}},
		{"By By Jane Doe", []string{"Jane Doe"}},
		{"By", nil},
		{"Written by:", nil},
		{"Byron Smith", []string{"Byron Smith"}},
		{"ByJane Doe", []string{"Jane Doe"}},
		{"ByJANE DOE", []string{"JANE DOE"}},
		{"BYRON SMITH", []string{"BYRON SMITH"}},
		{"By Jane Doe in Politics", []string{"Jane Doe"}},
		{"By Jane Doe and John Roe in World, Europe", []string{"Jane Doe", "John Roe"}},
		{"By Jane Doe, Monday", []string{"Jane Doe"}},
		{"By Jane Doe Tuesday", []string{"Jane Doe"}},
		{"Jane Doe Monday, March 3, 2015", []string{"Jane Doe"}},
		{"By Jane Doe (AP)", []string{"Jane Doe"}},
		{"Jane Doe, AFP", []string{"Jane Doe"}},
		{"Jane Doe Reuters", []string{"Jane Doe"}},
		{"Michael Bloomberg", []string{"Michael Bloomberg"}},
		{"Plácido Domingo", []string{"Plácido Domingo"}},
		{"Jane Pa", []string{"Jane Pa"}},
		{"Jane Doe, University of Example", []string{"Jane Doe"}},
		{"Jane Doe, Example Institute of Technology", []string{"Jane Doe"}},
		{"u/jane_doe", []string{"u/jane_doe"}},
		{"Posted by u/jane_doe", []string{"u/jane_doe"}},
		{"Jane Doe/John Roe", []string{"Jane Doe", "John Roe"}},
	}
	for _, tt := range tests {
		got := cleanAuthors([]string{tt.in}, nil, true)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cleanAuthors(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}
