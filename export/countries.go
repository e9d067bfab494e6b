package export

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:embed data/countries.txt
var countriesTxt string

// Country holds the codes of one country (see data/countries.txt).
type Country struct {
	ISO3, FIPS, Numeric, Name string
}

var (
	countriesOnce sync.Once
	countries     map[string]Country
	countriesErr  error
)

// parseCountries reads the countries file format; name is used in errors.
func parseCountries(name, text string) (map[string]Country, error) {
	out := map[string]Country{}
	sc := bufio.NewScanner(strings.NewReader(text))
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Fields(s)
		if len(f) < 4 || len(f[0]) != 3 || len(f[1]) != 2 || (f[2] != "-" && len(f[2]) != 3) {
			return nil, fmt.Errorf("%s:%d: want ISO3 FIPS NUM NAME, got %q", name, line, s)
		}
		if _, dup := out[f[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", name, line, f[0])
		}
		c := Country{ISO3: f[0], FIPS: f[1], Name: strings.Join(f[3:], " ")}
		if f[2] != "-" {
			c.Numeric = f[2]
		}
		out[f[0]] = c
	}
	return out, sc.Err()
}

// LookupCountry returns the codes of an ISO 3166-1 alpha-3 country code.
func LookupCountry(iso3 string) (Country, bool) {
	countriesOnce.Do(func() { countries, countriesErr = parseCountries("export/data/countries.txt", countriesTxt) })
	if countriesErr != nil {
		panic(countriesErr) // the embedded file is checked by the tests
	}
	c, ok := countries[strings.ToUpper(iso3)]
	return c, ok
}

// FIPS returns the FIPS 10-4 code of an ISO3 country code, or "".
func FIPS(iso3 string) string {
	c, _ := LookupCountry(iso3)
	return c.FIPS
}
