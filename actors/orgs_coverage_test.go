package actors

import (
	"slices"
	"strings"
	"testing"
)

// TestOrganizationMentions checks that organizations.txt names armed groups,
// parties, IGOs, NGOs and state media as news text writes them, and that
// acronyms other common things share are not taken for an organization.
func TestOrganizationMentions(t *testing.T) {
	tests := []struct {
		text, date string
		want       []string // "mention=CODE" that must be found
		not        []string // codes that must not be found
	}{
		{text: "FDLR rebels killed six civilians.", date: "2012-05-01", want: []string{"FDLR rebels=RWAREBFDL"}},
		{text: "The Kachin Independence Army clashed with troops.", date: "2018-01-01", want: []string{"Kachin Independence Army=MMRREBKIA"}},
		{text: "Hizbul Mujahideen militants attacked a camp.", date: "2016-01-01", want: []string{"Hizbul Mujahideen militants=INDREBHZM"}},
		{text: "Al-Aqsa Martyrs' Brigades fired rockets at Sderot.", date: "2003-01-01", want: []string{"Al-Aqsa Martyrs' Brigades=PSEREBAAM"}},
		{text: "The Kurdistan Workers' Party declared a ceasefire.", date: "2013-03-21", want: []string{"Kurdistan Workers' Party=TURREBPKK"}},
		{text: "The Peoples' Democratic Party won 80 seats.", date: "2015-06-08", want: []string{"Peoples' Democratic Party=TURPTYHDP"}},
		{text: "Anti-balaka militias attacked a mosque.", date: "2014-02-01", want: []string{"Anti-balaka militias=CAFREBABK"}},
		{text: "The ZANU-PF party accused the MDC of violence.", date: "2008-04-01", want: []string{"MDC=ZWEPTYMDC"}},
		{text: "The PML-N accused the PTI of rigging.", date: "2018-07-26", want: []string{"PML-N=PAKPTYPMN", "PTI=PAKPTYPTI"}},
		{text: "Sinn Fein condemned the attack.", date: "1998-08-16", want: []string{"Sinn Fein=GBRPTYSFN"}},
		{text: "UNAMA condemned the Haqqani network attack.", date: "2017-05-31", want: []string{"UNAMA=IGOUNO", "Haqqani network=AFGREBHQN"}},
		{text: "KCNA said the test was a success.", date: "2017-09-03", want: []string{"KCNA=PRKMED"}},
		{text: "Xinhua reported the visit.", date: "2017-09-03", want: []string{"Xinhua=CHNMED"}},
		{text: "The state news agency SANA said rebels shelled the city.", date: "2016-01-01", want: []string{"news agency SANA=SYRMED"}},
		{text: "Reporters Without Borders condemned the arrest.", date: "2020-01-01", want: []string{"Reporters Without Borders=NGOMED"}, not: []string{"SDNREBRSF"}},
		{text: "The RSF attacked El Fasher.", date: "2024-05-01", want: []string{"RSF=SDNREBRSF"}},
		{text: "The Sea of Azov froze.", date: "2020-01-01", not: []string{"UKRMILAZV"}},
		{text: "Police released CCTV footage of the attack.", date: "2020-01-01", not: []string{"CHNMED"}},
		{text: "The Commodity Credit Corporation (CCC) accepted a bid.", date: "1987-03-01", not: []string{"ZWEPTYMDC"}},
		{text: "Soldiers in an APC fired at protesters.", date: "2019-01-01", not: []string{"NGAPTYAPC"}},
		{text: "He attended a BNP meeting in Burnley.", date: "2005-01-01", not: []string{"BGDPTYBNP"}},
		{text: "In Washington, Senate Republicans blocked the bill that Democrats proposed.", date: "2010-01-01", want: []string{"Republicans=USAPTYREP", "Democrats=USAPTYDEM"}},
		{text: "David Owen leads the Social Democratic Party.", date: "1987-03-01", not: []string{"USAPTYDEM"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, tt.date, tt.want, tt.not)
	}
}

// checkMentions checks that text, dated date, has each "mention=CODE" of
// want and no mention coded with a code of not.
func checkMentions(t *testing.T, text, date string, want, not []string) {
	t.Helper()
	got := mentions(t, text, date)
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("%q: want %s among %v", text, w, got)
		}
	}
	for _, code := range not {
		for _, g := range got {
			if strings.HasSuffix(g, "="+code) {
				t.Errorf("%q: %s must not be coded %s", text, g, code)
			}
		}
	}
}

// TestOrganizationNamesUnique checks that no name of organizations.txt is
// also a name, adjective, capital or government metonym of another entry:
// two entries sharing a phrase are told apart by load order alone.
func TestOrganizationNamesUnique(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	strong := func(p *phrase) bool {
		return p.kind == pName || p.kind == pAdj || p.kind == pCapital || p.kind == pGov
	}
	key := func(p *phrase) string {
		var b []byte
		for i, w := range p.words {
			if i > 0 {
				b = append(b, ' ')
			}
			b = fold(b, w)
		}
		return string(b)
	}
	// Shared on purpose: "Brussels" names the European Commission, whose
	// name outranks the Belgian capital.
	shared := map[string]bool{"brussels": true}
	owner := map[string]*phrase{}
	for _, p := range d.phrases {
		if !strong(p) {
			continue
		}
		k := key(p)
		q, ok := owner[k]
		if !ok {
			owner[k] = p
			continue
		}
		if q.e == p.e || shared[k] {
			continue
		}
		if strings.HasPrefix(p.rule, "organizations.txt:") || strings.HasPrefix(q.rule, "organizations.txt:") {
			t.Errorf("%q is a phrase of %s (%s) and of %s (%s)", k, q.e.ID, q.rule, p.e.ID, p.rule)
		}
	}
}

// TestLocalPartyNames checks that a party name several countries share
// ("the Republican Party") means the dictionary's party only in a story
// that named that party's country.
func TestLocalPartyNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
		not  []string
	}{
		{"Demonstrators in Yerevan accused the ruling Republican Party of clinging to power.", nil, []string{"USAPTYREP"}},
		{"The United States Senate voted on Tuesday. The Republican Party welcomed the vote.", []string{"Republican Party=USAPTYREP"}, nil},
		{"In Berlin, the Social Democrats joined the government.", []string{"Social Democrats=DEUPTYSPD"}, nil},
		{"In Stockholm, the Social Democrats won the election.", nil, []string{"DEUPTYSPD"}},
	}
	for _, tt := range tests {
		checkMentions(t, tt.text, "2018-04-23", tt.want, tt.not)
	}
}

// TestDatedNames checks that a name given with "since"/"until" means its
// entry only in documents dated within that range: "Congo" is the Republic
// of the Congo before May 1997 and DR Congo after.
func TestDatedNames(t *testing.T) {
	tests := []struct {
		date string
		want []string
		not  []string
	}{
		{"1993-05-06", []string{"Congo=COG"}, []string{"COD"}},
		{"2003-05-06", []string{"Congo=COD"}, []string{"COG"}},
	}
	for _, tt := range tests {
		checkMentions(t, "Ugandan troops withdrew from Congo on Tuesday.", tt.date, tt.want, tt.not)
	}
}
