package coder

import (
	"strings"

	"github.com/annals-dev/annals/doc"
)

// placeActors completes the countries of bare roles from the places the
// geo stage found (d.Places, each with its country from the gazetteer): a
// place right before the role ("Darfur rebels" → SDNREB) or named after it
// with "of" ("the government of Sindh province" → PAKGOV), "based in"
// ("a terror group based in Trinidad" → TTOREB) or, before the sentence's
// first verb, "in" ("protesters in Lagos clashed" → NGA). A person the
// actors stage guessed, with the role of a title, takes the country of a
// place right before the title only ("New York Governor Andrew Cuomo" →
// USAGOV). Only roles with no country, or with one
// taken from the focus ("+focus"), change: a place next to a role says whose
// it is more surely than the country in focus. It edits d.Actors in place.
func placeActors(d *doc.Document, actors, places sentenceIndex) {
	if len(d.Places) == 0 {
		return
	}
	pi := 0
	for i := range d.Actors {
		a := &d.Actors[i]
		guess := a.Kind == "guess" && a.Rule == "guess-person"
		if a.Kind != "agent" && !guess || a.Actor.ID != "" || a.Actor.Code == "" {
			continue
		}
		focus := strings.Contains(a.Rule, "+focus")
		if a.Actor.Country != "" && !focus || outsiders(a) {
			continue
		}
		// Places are in text order: skip those ending well before.
		for pi < len(d.Places) && d.Places[pi].TokenSpan.End < a.TokenSpan.First {
			pi++
		}
		c := ""
		if pi < len(d.Places) {
			if p := d.Places[pi]; p.TokenSpan.End == a.TokenSpan.First && p.Sentence == a.Sentence {
				c = p.Place.Country // "Darfur rebels"
			}
		}
		if c == "" && !guess {
			c = placeAfter(d, a, pi)
		}
		if c == "" || c == a.Actor.Country {
			continue
		}
		code := a.Actor.Code
		if a.Actor.Country != "" {
			code = code[len(a.Actor.Country):]
		}
		a.Actor.Code = c + code
		a.Actor.Country = c
		a.Rule = strings.Replace(a.Rule, " +focus", "", 1) + " +place"
	}
	sameSentencePlace(d, actors, places)
	sceneRoles(d)
	countrylessRoles(d, actors, places)
}

// countrylessRoles gives a role that has no country at all (the story named
// none before it) the country its sentence's scene lies in: the one
// country named, or whose capital is named, after "in", "at", "near",
// "inside" or "across" ("Maoist rebels stormed an army barracks in western
// Nepal" are Nepal's, "gunmen shot a journalist in Kiev" Ukraine's), when
// all such scenes agree. Towns do not count (a small town's name may lie in
// several countries), nor do countries named as actors ("France would not
// meet the kidnappers' demands": the kidnappers are not French). Armed
// forces, intelligence and refugees, who often act abroad, keep no country.
func countrylessRoles(d *doc.Document, actors, places sentenceIndex) {
	for si := range d.Sentences {
		ms := actors.of(si)
		c, capital := sceneCountry(d, places.of(si), ms)
		if c == "" {
			continue
		}
		for _, k := range ms {
			a := &d.Actors[k]
			if a.Kind != "agent" || a.Actor.ID != "" || a.Actor.Country != "" || len(a.Actor.Code) < 3 || outsiders(a) {
				continue
			}
			if capital && (strings.Contains(a.Actor.Code, "REB") || strings.Contains(a.Actor.Code, "INS")) {
				continue // "the rebels held talks with Turkey in Ankara": capitals host visitors
			}
			switch a.Actor.Code[:3] {
			case "REB", "INS":
			case "UAF", "CVL", "COP", "OPP", "LEG", "JUD", "LAB", "REL", "MED", "GOV", "EDU", "BUS", "HLH", "ELI", "RAD", "PTY":
			default:
				continue
			}
			a.Actor.Code = c + a.Actor.Code
			a.Actor.Country = c
			a.Rule += " +scene"
		}
	}
}

// sceneCountry returns the one country that a sentence (its place names
// and actor mentions, as indices in d.Places and d.Actors) names as a
// scene: a country, or a capital coded as its country, right after "in",
// "at", "near", "inside", "across" or "through", not modifying a noun
// ("near a US base" is no scene in the US) nor where a report was made
// ("officials in Nairobi said"); or "", and whether a capital named it.
func sceneCountry(d *doc.Document, places, actors []int) (c string, capital bool) {
	for _, pi := range places {
		p := d.Places[pi]
		if !p.Resolved || p.Place.Country == "" {
			continue
		}
		isCapital := p.Place.Feature != "country"
		if isCapital && !capitalAt(d, p, actors) {
			continue
		}
		if e := p.TokenSpan.End; e < len(d.Tokens) && d.Tokens[e].Sentence == p.Sentence {
			if strings.HasPrefix(d.Tokens[e].Tag, "NN") {
				continue // "near a US base": a modifier
			}
			switch d.Tokens[e].Lemma {
			case "say", "tell", "report", "announce", "confirm", "add", "state":
				continue // "relief officials in Nairobi said": where it was reported
			}
		}
		// The locative right before the name, past determiners and
		// adjectives (unlike scene, not "from Ghana": where troops come
		// from).
		k := p.TokenSpan.First - 1
		for k >= 0 && d.Tokens[k].Sentence == p.Sentence && (d.Tokens[k].Tag == "DT" || d.Tokens[k].Tag == "JJ") {
			k--
		}
		if k < 0 || d.Tokens[k].Sentence != p.Sentence {
			continue
		}
		switch strings.ToLower(d.Text[d.Tokens[k].Start:d.Tokens[k].End]) {
		case "in", "at", "near", "inside", "across", "through", "throughout":
		default:
			continue
		}
		if c != "" && c != p.Place.Country {
			return "", false
		}
		c = p.Place.Country
		capital = capital || isCapital
	}
	return c, capital
}

// capitalAt reports whether the actors stage coded place p's words as its
// country (a capital or other city standing for the state: "Kiev"); actors
// are the indices of the mentions of p's sentence.
func capitalAt(d *doc.Document, p doc.PlaceMention, actors []int) bool {
	for _, i := range actors {
		if a := &d.Actors[i]; a.TokenSpan == p.TokenSpan {
			return a.Actor.Code != "" && a.Actor.Code == a.Actor.Country && a.Actor.Country == p.Place.Country
		}
	}
	return false
}

// sceneRoles gives the roles that act at home (police, opposition,
// legislature, courts, civilians, labour, clergy, media) whose country came
// only from the story's focus the country where the story happens, when its
// places lie mostly in one country: "Australia sent soldiers to the Solomon
// Islands after rioters burned Honiara ... they stoned police" are
// Solomon Islanders and their police. A focus country the story names
// towns of keeps its roles.
func sceneRoles(d *doc.Document) {
	// The towns and regions a story names (a country's name is as often an
	// actor as a scene) say where it happens: the country of most of
	// them, named at least twice and more often than any other.
	n := map[string]int{}
	for _, p := range d.Places {
		if !p.Resolved || p.Place.Country == "" || p.Place.Feature == "country" || p.Place.Feature == "continent" {
			continue
		}
		n[p.Place.Country]++
	}
	scene, _ := clearLeader(n)
	if scene == "" {
		return
	}
	for i := range d.Actors {
		a := &d.Actors[i]
		if a.Kind != "agent" || a.Actor.ID != "" || !strings.Contains(a.Rule, "+focus") || a.Actor.Country == "" || a.Actor.Country == scene || n[a.Actor.Country] > 0 {
			continue // (a focus country with towns of its own in the story keeps its roles)
		}
		role := a.Actor.Code[len(a.Actor.Country):]
		switch role {
		case "COP", "OPP", "LEG", "JUD", "CVL", "LAB", "REL", "MED":
		default:
			continue
		}
		a.Actor.Code, a.Actor.Country = scene+role, scene
		a.Rule = strings.Replace(a.Rule, " +focus", "", 1) + " +scene"
	}
}

// outsiders reports whether role mention a is said to be from elsewhere
// ("foreign governments", "Western diplomats"): the actors stage marks it
// "+outsider" (actors/data/words.txt @outsiders), and no place the sentence
// names gives it a country.
func outsiders(a *doc.ActorMention) bool {
	return strings.Contains(a.Rule, "+outsider")
}

// sameSentencePlace gives a bare role whose country came from the focus
// the country a place gave another role in its sentence, or the country of
// a role that acts at home (police, opposition, legislature, courts): in
// "Police in Istanbul fired tear gas at demonstrators" or "Hong Kong police
// used tear gas on protesters" the protesters are local too, whatever
// country the story dwelt on before. Only a sentence whose such roles agree
// on one country counts; troops may fight abroad and do not count.
func sameSentencePlace(d *doc.Document, actors, places sentenceIndex) {
	for si := range d.Sentences {
		ms := actors.of(si)
		c, mixed := "", false
		for _, k := range ms {
			a := &d.Actors[k]
			if !strings.HasSuffix(a.Rule, " +place") && !homeRole(a) {
				continue
			}
			if c != "" && a.Actor.Country != c {
				mixed = true
			}
			c = a.Actor.Country
		}
		for _, pi := range places.of(si) {
			p := d.Places[pi]
			if p.Place.Country == "" || !scene(d, p) || saysFrom(d, p) {
				continue
			}
			if c != "" && p.Place.Country != c {
				mixed = true
			}
			c = p.Place.Country
		}
		if mixed {
			continue
		}
		for _, k := range ms {
			a := &d.Actors[k]
			if c == "" || a.Kind != "agent" || a.Actor.ID != "" || !strings.Contains(a.Rule, "+focus") || a.Actor.Country == c || outsiders(a) {
				continue
			}
			a.Actor.Code = c + a.Actor.Code[len(a.Actor.Country):]
			a.Actor.Country = c
			a.Rule = strings.Replace(a.Rule, " +focus", "", 1) + " +place"
		}
	}
}

// saysFrom reports whether place p only says where a report came from: a
// verb of saying follows it in a clause opened by a comma (", the Foreign
// Office in Bonn said").
func saysFrom(d *doc.Document, p doc.PlaceMention) bool {
	k := p.TokenSpan.End
	if k <= 0 || k >= len(d.Tokens) {
		return false
	}
	switch strings.ToLower(d.Tokens[k].Text) {
	case "said", "says", "reported", "announced", "told":
	default:
		return false
	}
	// ... after a comma, with no verb between: an attribution tacked on
	// ("Foreign ministers meeting in Kuala Lumpur said" is where they are).
	for j := p.TokenSpan.First - 1; j >= 0 && j >= p.TokenSpan.First-6; j-- {
		switch t := d.Tokens[j]; {
		case t.Text == ",":
			return true
		case strings.HasPrefix(t.Tag, "VB"):
			return false
		}
	}
	return false
}

// scene reports whether place p is named as where something happens or
// where people come from: after "in", "at", "near", "outside", "from",
// "fleeing" and the like, with at most two words
// between ("in the capital Kinshasa", "outside central Moscow"), not as
// an owner ("the embassies of Rwanda and France").
func scene(d *doc.Document, p doc.PlaceMention) bool {
	first := p.TokenSpan.First
	if p.TokenSpan.End == 0 {
		first = d.TokenAt(p.Span.Start)
	}
	for k := first - 1; k >= 0 && k >= first-3 && d.Tokens[k].Sentence == p.Sentence; k-- {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "in", "at", "near", "outside", "inside", "across", "throughout", "around", "from", "fleeing", "fled":
			return true // ("refugees fleeing Sudan": where they are from)
		case "of", "and", ",", "to", "against", "with", "for", "on":
			return false
		}
	}
	return false
}

// placeAfter returns the country of a place named right after actor a by
// "in" or "of" (with an optional "the"), searching d.Places from index pi.
func placeAfter(d *doc.Document, a *doc.ActorMention, pi int) string {
	k := a.TokenSpan.End
	if k+1 >= len(d.Tokens) || d.Tokens[k].Sentence != a.Sentence {
		return ""
	}
	switch strings.ToLower(d.Tokens[k].Text) {
	case "based", "stationed", "headquartered", "operating":
		// "a terror group based in Trinidad", "militias operating in
		// Darfur": where the group is, wherever it stands.
		if k+2 >= len(d.Tokens) || d.Tokens[k+1].Text != "in" || d.Tokens[k+1].Sentence != a.Sentence {
			return ""
		}
		k++
	case "of":
	case "in":
		// "Protesters in Lagos clashed": a role before its verb. After
		// the verb "in" rather says where the act was ("killed two
		// policemen in Gradiska").
		// A role with no country at all takes the place's, wherever it
		// stands: "a demand by rebels in Darfur".
		if !isSubjectPosition(d, a) && (a.Actor.Country != "" || len(a.Actor.Code) != 3) {
			return ""
		}
	default:
		return ""
	}
	j := k + 1
	if strings.EqualFold(d.Tokens[j].Text, "the") {
		j++
	}
	for ; pi < len(d.Places); pi++ {
		p := d.Places[pi]
		if p.TokenSpan.First > j {
			break
		}
		if p.TokenSpan.First == j {
			return p.Place.Country
		}
	}
	return ""
}

// homeRole reports whether mention a names, with its own country, a role
// that acts inside that country: police, opposition, legislature, courts
// (not rebels, who also strike abroad: "Hamas gunmen attacked Israel").
func homeRole(a *doc.ActorMention) bool {
	c := a.Actor.Country
	if c == "" || strings.Contains(a.Rule, "+focus") || len(a.Actor.Code) < len(c)+3 || !strings.HasPrefix(a.Actor.Code, c) {
		return false
	}
	switch a.Actor.Code[len(c) : len(c)+3] {
	case "COP", "OPP", "LEG", "JUD":
		return true
	}
	return false
}
