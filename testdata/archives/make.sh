#!/bin/sh
# make.sh rebuilds wget.warc.gz and pages/: it serves the pages of
# server/main.go on 127.0.0.1:18080 and fetches them with wget, which
# archives every exchange (one record per gzip member, as wget writes
# them) and saves the pages as files. The tests derive the other forms of
# the archive (plain, gzipped whole, truncated, WACZ) from wget.warc.gz,
# and compare its records with those of the saved files.
set -eu
cd "$(dirname "$0")"
tmp=$(mktemp -d)
(cd server && go build -o "$tmp/server" .)
"$tmp/server" &
pid=$!
trap 'kill $pid; rm -rf "$tmp"' EXIT
sleep 1
base=http://127.0.0.1:18080
printf '%s\n' "$base/news/ferry-returns" "$base/news/terraces" "$base/news/library.txt" \
	"$base/img/ferry.png" "$base/news/missing" "$base/news/old" > "$tmp/urls"
# wget exits 8 when a server answers with an error, as the 404 does.
wget -q --warc-file="$tmp/wget" --no-warc-keep-log --compression=auto \
	-P "$tmp/dl" -i "$tmp/urls" || [ $? -eq 8 ]
mv "$tmp/wget.warc.gz" wget.warc.gz
rm -rf pages && mkdir pages
cp "$tmp/dl/ferry-returns" "$tmp/dl/terraces" "$tmp/dl/library.txt" pages/
