#!/bin/sh
# Regenerates server/ui/world.geojson from the npm package world-atlas
# (Natural Earth 1:110m country shapes, public domain; world-atlas is ISC
# licensed, Copyright 2013-2019 Michael Bostock). Run from the repository root.
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm init -y >/dev/null && npm install --silent world-atlas@2.0.2)
go run ./server/internal/gen/world "$tmp/node_modules/world-atlas/countries-110m.json" > server/ui/world.geojson
cp "$tmp/node_modules/world-atlas/LICENSE" server/ui/world-atlas.LICENSE
