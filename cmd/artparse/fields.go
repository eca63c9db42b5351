package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"

	"github.com/artparse/artparse/parse"
	"gopkg.in/yaml.v3"
)

// field is one field of a record as it is printed: its name in the record
// and its value, or for the source, its own fields.
type field struct {
	name  string
	value any
}

// fieldList is a record, or its source, as an ordered list of fields. It
// prints as a JSON object or YAML mapping in its own order, which a map
// would not keep.
type fieldList []field

// MarshalJSON writes the fields as one object, in order.
func (l fieldList) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, f := range l {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(f.name)
		buf.Write(k)
		buf.WriteByte(':')
		var v bytes.Buffer
		enc := json.NewEncoder(&v)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(f.value); err != nil {
			return nil, err
		}
		buf.Write(bytes.TrimSuffix(v.Bytes(), []byte("\n")))
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// MarshalYAML returns the fields as one mapping, in order.
func (l fieldList) MarshalYAML() (any, error) {
	n := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range l {
		var v yaml.Node
		if err := v.Encode(f.value); err != nil {
			return nil, err
		}
		n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: f.name}, &v)
	}
	return n, nil
}

// recordFields returns the fields a record prints, in record order, empty
// ones left out as the record leaves them out; the source's fields are a
// fieldList of their own. The names and the order come from the record's
// own JSON tags, so they cannot drift from what the record prints.
func recordFields(a *parse.Article) fieldList {
	return structFields(reflect.ValueOf(a).Elem())
}

func structFields(v reflect.Value) fieldList {
	var l fieldList
	t := v.Type()
	for i := range t.NumField() {
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		fv := v.Field(i)
		if name == "" || name == "-" || opts == "omitempty" && fv.IsZero() {
			continue
		}
		if fv.Kind() == reflect.Pointer {
			if fv.IsNil() {
				continue
			}
			fv = fv.Elem()
		}
		if fv.Kind() == reflect.Struct {
			l = append(l, field{name, structFields(fv)})
			continue
		}
		l = append(l, field{name, fv.Interface()})
	}
	return l
}

// fieldNames lists every name --fields and --require accept, in record
// order: the record's fields, and "source.NAME" for each field of the
// source and "source.record.NAME" of an archive record.
func fieldNames() []string {
	var names []string
	var walk func(t reflect.Type, prefix string)
	walk = func(t reflect.Type, prefix string) {
		for i := range t.NumField() {
			name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
			if name == "" || name == "-" {
				continue
			}
			names = append(names, prefix+name)
			ft := t.Field(i).Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				walk(ft, prefix+name+".")
			}
		}
	}
	walk(reflect.TypeOf(parse.Article{}), "")
	return names
}

// fieldSet is the --fields or --require flag: a comma-separated list of
// field names, each checked against fieldNames, kept in record order.
type fieldSet []string

// String returns the names joined by commas.
func (s *fieldSet) String() string { return strings.Join(*s, ",") }

// Set accepts a comma-separated list of known field names; repeating the
// flag adds to the list.
func (s *fieldSet) Set(v string) error {
	known := fieldNames()
	for _, n := range strings.Split(v, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if !slices.Contains(known, n) {
			return fmt.Errorf("unknown field %q (fields: %s)", n, strings.Join(known, ", "))
		}
		if !slices.Contains(*s, n) {
			*s = append(*s, n)
		}
	}
	if len(*s) == 0 {
		return errors.New("want field names such as title,published")
	}
	slices.SortFunc(*s, func(a, b string) int { return slices.Index(known, a) - slices.Index(known, b) })
	return nil
}

// Type names the value in help output.
func (s *fieldSet) Type() string { return "fields" }

// selectFields keeps the fields of l that names asks for, in l's order: a
// name asks for a field and all it holds ("source"), a dotted name for one
// field inside another ("source.path"). prefix is l's own name and a dot,
// or "" for the record.
func selectFields(l fieldList, names []string, prefix string) fieldList {
	var out fieldList
	for _, f := range l {
		full := prefix + f.name
		if slices.Contains(names, full) {
			out = append(out, f)
			continue
		}
		sub, ok := f.value.(fieldList)
		if !ok {
			continue
		}
		if kept := selectFields(sub, names, full+"."); len(kept) > 0 {
			out = append(out, field{f.name, kept})
		}
	}
	return out
}

// missingFields returns the names of required that a has empty, in
// record order.
func missingFields(a *parse.Article, required []string) []string {
	present := map[string]bool{}
	var mark func(l fieldList, prefix string)
	mark = func(l fieldList, prefix string) {
		for _, f := range l {
			present[prefix+f.name] = true
			if sub, ok := f.value.(fieldList); ok {
				mark(sub, prefix+f.name+".")
			}
		}
	}
	mark(recordFields(a), "")
	var missing []string
	for _, n := range required {
		if !present[n] {
			missing = append(missing, n)
		}
	}
	return missing
}
