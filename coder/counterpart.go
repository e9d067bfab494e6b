package coder

import (
	"strconv"
	"strings"

	"github.com/annals-dev/annals/doc"
)

// counterpartRoots are the roots of acts that are always addressed to
// someone: appeals (02: "India urged restraint" in a story on Nepal),
// intents (03: "Pakistan offered to hold a joint investigation"), talks and
// mediation (04: "Major generals from the two armies met"), concessions
// (08: "the government will free political prisoners"),
// praise and recognition (05), aid (07; and offers of aid, 033,
// or of easing sanctions, 0354), demands
// (10), criticism (11),
// rejections (12), threats (13), shows of force (15), cuts in relations
// (16), coercion (17: "revoked a licence", not arrests, curfews or martial
// law), assaults (18) and force (19: "Indian warplanes bombed a camp near
// Balakot" in a story on India and Pakistan). When the sentence names no
// target, a human coder takes the other side of the story; coercion and
// force used at home are not aimed at it (see domesticForce).
var counterpartRoots = map[string]bool{"02": true, "03": true, "04": true, "08": true, "05": true, "07": true, "10": true, "11": true, "12": true, "13": true, "15": true, "16": true, "17": true, "18": true, "19": true}

// domesticRoots are the acts a country's own citizens or opposition aim at
// its government when the sentence names no target: demands (10),
// criticism (11), rejections (12) and protests (14).
var domesticRoots = map[string]bool{"10": true, "11": true, "12": true, "14": true}

// counterpartTargets gives each event in evs (the events of sentence si)
// that has a state, government, military or international-organization
// source but no target the story's counterpart: the country named most
// often up to this sentence other than the source's own, when it clearly
// leads ("China expressed strong dissatisfaction with the tests" in a story
// on India's nuclear tests targets India). The target is that country's
// last mention as a state; the rule says it was inferred. A demand,
// criticism, rejection or protest by a country's own citizens, opposition
// or other non-state groups targets that country's government when the
// story named it before ("thousands gathered in the square to demand
// jobs").
func counterpartTargets(d *doc.Document, si int, evs []doc.Event) {
	for i := range evs {
		e := &evs[i]
		if r := rulingAfter(d, e.Trigger.End); r >= 0 && e.Source != nil && (e.Root == "05" || e.Root == "11" || e.Root == "12" || e.Root == "01") &&
			(e.Target == nil || e.Target.Span.Start > r && strings.HasSuffix(e.Rule, "target: object")) {
			// "Kenya rejected the ruling", "Biya welcomed the
			// judgment": the court that gave it.
			if m := lastCourt(d, si); m != nil && !sameSide(e.Source, m) {
				inferTarget(e, m, " +court", "the court whose ruling it is")
				continue
			}
		}
		addressed := counterpartRoots[e.Root] || strings.HasPrefix(e.Code, "033") || e.Code == "0354" // offers of aid or of easing sanctions, like aid and sanctions
		if e.Root == "04" && e.Source != nil && strings.HasPrefix(e.Source.Actor.Code, "IGO") && meeting(d.Text[e.Trigger.Start:e.Trigger.End]) {
			addressed = false // "NATO ambassadors met in Brussels": the bloc among itself
		}
		if e.Target == nil && e.Source != nil && (e.Root == "08" || strings.HasPrefix(e.Code, "035") && e.Source.Actor.Country != "") && !rebels(e.Source) && domesticForce(d, si, e.Source.Actor.Country) {
			// "Ortega revoked a social security reform" in a story of
			// protests against it: the concession, or the promise of one
			// (035), goes to the protesters.
			m, who := homeProtesters(d, si, e.Source), "the protesters or opposition the story names at home"
			if sentenceHas(d, si, "rebel", "insurgen", "mutine", "fighter", "guerrilla") {
				// "an amnesty for rebel fighters"
				m, who = homeAdversary(d, si, e.Source), "the armed adversary the story names at home"
			}
			if m != nil {
				inferTarget(e, m, " +home", who)
			}
			continue
		}
		if e.Target != nil || e.Source == nil || !addressed && !domesticRoots[e.Root] {
			continue
		}
		src := e.Source
		if c, _, ok := roleOf(src); ok && rebels(src) && (e.Root == "18" || e.Root == "19" || e.Root == "08" || e.Root == "03") {
			// Rebels' force, truce or promise with no target named: the
			// state the story sets them against ("Hezbollah launched
			// more than 250 rockets" in a story on Israel).
			if m, n := counterpart(d, si, c); m != nil && hostileIn(d, m.Actor.Country, c) {
				inferTarget(e, m, " +counterpart", "the story's counterpart, "+m.Actor.Country+" (named "+strconv.Itoa(n)+" times so far)")
			} else if m := lastState(d, si, c); m != nil && (e.Root == "08" || e.Root == "03" || e.Root == "19") {
				// "The Free Aceh Movement declared a unilateral ceasefire"
				// in a story whose other countries are no party to the
				// conflict: a truce or promise to the rebels' own state.
				inferTarget(e, m, " +own state", "the state the rebels fight at home")
			}
			continue
		}
		igo := strings.HasPrefix(src.Actor.Code, "IGO")
		if !igo && !stateActor(src) || !addressed {
			if m := ownGovernment(d, si, src); m != nil && domesticRoots[e.Root] {
				inferTarget(e, m, " +implied", "the government the citizens' act is aimed at, named before")
			}
			continue
		}
		if e.Code == "1721" || e.Code == "1722" {
			// "the authorities banned rallies": a curb on political
			// freedoms falls on the protesters or opposition the story
			// names at home.
			if m := homeProtesters(d, si, src); m != nil {
				inferTarget(e, m, " +home", "the protesters or opposition the story names at home")
			}
			continue
		}
		if (e.Root == "17" || e.Root == "18" || e.Root == "19" || strings.HasPrefix(e.Code, "138")) && domesticForce(d, si, src.Actor.Country) {
			// (and a threat of force: "Hasina threatened to send in the
			// army" in a story on a mutiny)
			if e.Root != "17" {
				if m := homeAdversary(d, si, src); m != nil {
					inferTarget(e, m, " +adversary", "the armed adversary the story names at home")
				}
			}
			continue
		}
		if e.Code == "173" || len(e.Code) == 4 && strings.HasPrefix(e.Code, "172") {
			continue // arrests, curfews, bans and martial law are imposed at home
		}
		if m, n := counterpart(d, si, src.Actor.Country); m != nil && !coSource(evs, e.Trigger, m.Actor.Country) {
			inferTarget(e, m, " +counterpart", "the story's counterpart, "+m.Actor.Country+" (named "+strconv.Itoa(n)+" times so far)")
		}
	}
}

// hostileIn reports whether country c and country own (or groups of it)
// stand on the two sides of a hostile act (roots 13-20) among the events
// coded so far: c is a party to the conflict at own's place, not a donor
// or mediator.
func hostileIn(d *doc.Document, c, own string) bool {
	for i := range d.Events {
		e := &d.Events[i]
		if e.Root < "13" || e.Source == nil || e.Target == nil {
			continue
		}
		s, t := e.Source.Actor.Country, e.Target.Actor.Country
		if s == c && t == own || s == own && t == c {
			return true
		}
	}
	return false
}

// rebels reports whether m is a rebel or insurgent group of a country.
func rebels(m *doc.ActorMention) bool {
	_, role, ok := roleOf(m)
	return ok && (strings.HasPrefix(role, "REB") || strings.HasPrefix(role, "INS"))
}

// inferTarget makes mention m, a coreference with the given rule suffix,
// the target of e, and says why in e's rule.
func inferTarget(e *doc.Event, m *doc.ActorMention, suffix, why string) {
	e.Target = coreferent(m, suffix)
	e.Rule += "; target: " + why
}

// coreferent returns a copy of mention m standing for it where it was not
// named (kind "coreference"), its rule extended by suffix.
func coreferent(m *doc.ActorMention, suffix string) *doc.ActorMention {
	t := *m
	t.Kind, t.Rule = "coreference", m.Rule+suffix
	return &t
}

// lastWhere returns the last actor mention in sentences up to si for which
// ok holds, or nil.
func lastWhere(d *doc.Document, si int, ok func(*doc.ActorMention) bool) *doc.ActorMention {
	var last *doc.ActorMention
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Sentence > si {
			break
		}
		if ok(m) {
			last = m
		}
	}
	return last
}

// domesticForce reports whether force used by country own in sentence si
// is aimed at home rather than at the story's other side: the sentence
// names rebels, insurgents or protesters ("government troops shelled
// rebel-held districts of Homs"), or the story so far names
// own at least twice as often as any other country ("Soldiers surrounded
// the presidential palace" in a story on a coup in Honduras).
func domesticForce(d *doc.Document, si int, own string) bool {
	if own == "" {
		return true
	}
	if sentenceHas(d, si, "rebel", "insurgen", "protest", "demonstrat") {
		return true
	}
	return dominates(namedCountries(d, si), own)
}

// namedCountries counts the mentions of each country in sentences up to si;
// a role given the focus country says nothing new and is not counted.
func namedCountries(d *doc.Document, si int) map[string]int {
	counts := map[string]int{}
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Sentence > si {
			break
		}
		if c := m.Actor.Country; c != "" && !strings.Contains(m.Rule, "+focus") {
			counts[c]++
		}
	}
	return counts
}

// dominates reports whether country c is named at least twice as often as
// any other in counts.
func dominates(counts map[string]int, c string) bool {
	for o, n := range counts {
		if o != c && 2*n > counts[c] {
			return false
		}
	}
	return true
}

// storyState returns the last mention as a state of the country that the
// story names, up to sentence si, at least twice and twice as often as any
// other, or nil.
func storyState(d *doc.Document, si int) *doc.ActorMention {
	counts := namedCountries(d, si)
	best, _ := clearLeader(counts)
	if best == "" || !dominates(counts, best) {
		return nil
	}
	return lastState(d, si, best)
}

// lastState returns the last mention, in sentences up to si, of country c
// as a state: its name or one of its state forces (government, military,
// police, judiciary, intelligence); nil when c is "" or not named so.
func lastState(d *doc.Document, si int, c string) *doc.ActorMention {
	if c == "" {
		return nil
	}
	return lastWhere(d, si, func(m *doc.ActorMention) bool {
		return m.Actor.Country == c && (m.Actor.Code == c || stateForce(m.Actor.Code))
	})
}

// homeAdversary returns, for force used at home by a state's government,
// military or police (src), the last armed adversary named in the story up
// to sentence si: rebels or insurgents of src's country or of none ("the
// Zapatista rebels ... soldiers recaptured the market square"); or nil.
func homeAdversary(d *doc.Document, si int, src *doc.ActorMention) *doc.ActorMention {
	c, role, ok := roleOf(src)
	if !ok || !strings.HasPrefix(role, "GOV") && !strings.HasPrefix(role, "MIL") && !strings.HasPrefix(role, "COP") {
		return nil
	}
	return lastWhere(d, si, func(m *doc.ActorMention) bool {
		r := bareRole(m)
		return (m.Actor.Country == "" || m.Actor.Country == c) && (strings.HasPrefix(r, "REB") || strings.HasPrefix(r, "INS"))
	})
}

// rulingAfter returns the offset of a court's decision named within the
// five words after byte offset end ("rejected the ruling", "welcomed the
// court's judgment", "welcomed the decision"), or -1. An object named after
// it ("welcomed the judgment as historic and called on Kenya") is another
// verb's.
func rulingAfter(d *doc.Document, end int) int {
	k := d.TokenAt(end - 1)
	if k < 0 {
		return -1
	}
	for n, k := 0, k+1; k < len(d.Tokens) && n < 5; k, n = k+1, n+1 {
		switch strings.ToLower(d.Tokens[k].Text) {
		case "ruling", "rulings", "judgment", "judgement", "verdict", "decision":
			return d.Tokens[k].Start
		case ".", ";", ",":
			return -1
		}
	}
	return -1
}

// lastCourt returns the last international court named in sentences up to
// si, else the last court of any country ("the court" may have taken the
// story's focus country though the story is about the World Court), or nil.
func lastCourt(d *doc.Document, si int) *doc.ActorMention {
	if m := lastWhere(d, si, func(m *doc.ActorMention) bool {
		return strings.HasPrefix(m.Actor.Code, "IGO") && strings.HasSuffix(m.Actor.Code, "JUD")
	}); m != nil {
		return m
	}
	return lastWhere(d, si, func(m *doc.ActorMention) bool { return strings.HasSuffix(m.Actor.Code, "JUD") })
}

// sentenceHas reports whether a word of sentence si begins with one of
// prefixes (lower case).
func sentenceHas(d *doc.Document, si int, prefixes ...string) bool {
	sent := d.Sentences[si]
	for _, t := range d.Tokens[sent.FirstToken:sent.EndToken] {
		l := strings.ToLower(t.Text)
		for _, p := range prefixes {
			if strings.HasPrefix(l, p) {
				return true
			}
		}
	}
	return false
}

// homeProtesters returns, for a concession by a state's government (src),
// the last civilians, protesters, opposition or workers of its country
// named in the story up to sentence si, or nil.
func homeProtesters(d *doc.Document, si int, src *doc.ActorMention) *doc.ActorMention {
	c, role, ok := roleOf(src)
	if !ok || !strings.HasPrefix(role, "GOV") {
		return nil
	}
	return lastWhere(d, si, func(m *doc.ActorMention) bool {
		mc, r, ok := roleOf(m)
		return ok && mc == c && (strings.HasPrefix(r, "CVL") || strings.HasPrefix(r, "OPP") || strings.HasPrefix(r, "LAB"))
	})
}

// ownGovernment returns, for a civilian, opposition or other non-state
// source of a known country, the last mention of that country's government
// in sentences up to si, or nil.
func ownGovernment(d *doc.Document, si int, src *doc.ActorMention) *doc.ActorMention {
	c, ok := roleCountry(src, "CVL", "OPP", "LAB", "EDU", "REL", "MED", "BUS", "HLH", "REF")
	if !ok {
		return nil
	}
	return lastMention(d, si, c+"GOV", "")
}

// roleCountry returns the country of mention m when its role (the three
// letters after the country code) is one of roles.
func roleCountry(m *doc.ActorMention, roles ...string) (string, bool) {
	c, role, ok := roleOf(m)
	if !ok || len(role) < 3 {
		return "", false
	}
	for _, r := range roles {
		if r == role[:3] {
			return c, true
		}
	}
	return "", false
}

// roleOf splits mention m's code into its country and the role codes after
// it ("SYR", "GOVMIL"); ok is false when the code does not begin with the
// mention's country.
func roleOf(m *doc.ActorMention) (country, role string, ok bool) {
	c := m.Actor.Country
	if c == "" || !strings.HasPrefix(m.Actor.Code, c) {
		return "", "", false
	}
	return c, m.Actor.Code[len(c):], true
}

// ofSourceCountry reports whether one of srcs belongs to country c.
func ofSourceCountry(srcs []*doc.ActorMention, c string) bool {
	for _, a := range srcs {
		if a != nil && a.Actor.Country == c {
			return true
		}
	}
	return false
}

// lastMention returns the last mention coded a or b (b may be empty) in
// sentences up to si, or nil.
func lastMention(d *doc.Document, si int, a, b string) *doc.ActorMention {
	return lastWhere(d, si, func(m *doc.ActorMention) bool { return m.Actor.Code == a || b != "" && m.Actor.Code == b })
}

// counterpart returns the last mention as a state of the country other than
// own that the document names most often in sentences up to si, and how
// often, when it is named at least twice and more often than any other;
// else nil.
func counterpart(d *doc.Document, si int, own string) (*doc.ActorMention, int) {
	counts := map[string]int{}
	for j := range d.Actors {
		m := &d.Actors[j]
		if m.Sentence > si {
			break
		}
		if c := m.Actor.Country; c != "" && c != own {
			counts[c]++
		} else if c == "" && strings.HasPrefix(m.Actor.Code, "IGO") && m.Kind == "name" {
			counts[m.Actor.Code]++ // "the EU amended it ... Washington rejected the changes"
		}
	}
	best, n := clearLeader(counts)
	if best == "" {
		return nil, 0
	}
	if last := lastMention(d, si, best, ""); last != nil {
		return last, n
	}
	return nil, 0
}

// clearLeader returns the key of counts with the highest count and that
// count, when it is at least 2 and higher than any other; else "", 0.
func clearLeader(counts map[string]int) (string, int) {
	best, n, second := "", 0, 0
	for c, k := range counts {
		switch {
		case k > n:
			best, n, second = c, k, n
		case k > second:
			second = k
		}
	}
	if n < 2 || n == second {
		return "", 0
	}
	return best, n
}

// stateOf returns, for a civilian, opposition or other non-state mention of
// a known country (guessed from the story's focus only when the story names
// no other country), the last mention of that country as a state or its
// government in sentences up to si, or nil.
func stateOf(d *doc.Document, si int, m *doc.ActorMention) *doc.ActorMention {
	c, ok := peopleCountry(d, si, m)
	if !ok {
		return nil
	}
	return lastMention(d, si, c, c+"GOV")
}

// peopleCountry returns the country of a civilian, opposition or other
// non-state mention m, unless it was only guessed from the focus of a
// story about several countries (too weak a clue).
func peopleCountry(d *doc.Document, si int, m *doc.ActorMention) (string, bool) {
	c, ok := roleCountry(m, "CVL", "OPP", "LAB", "EDU", "REL", "MED", "BUS", "HLH", "ELI", "PTY")
	if !ok || strings.Contains(m.Rule, "+focus") && !onlyCountry(d, si, c) {
		return "", false
	}
	return c, true
}

// onlyCountry reports whether c is the only country of the actors named in
// sentences up to si.
func onlyCountry(d *doc.Document, si int, c string) bool {
	for j := range d.Actors {
		a := &d.Actors[j]
		if a.Sentence > si {
			break
		}
		if a.Actor.Country != "" && a.Actor.Country != c {
			return false
		}
	}
	return true
}

// coSource reports whether country c is a source of an event at trigger t
// too: "China and Russia blocked a proposal" - neither is the other's
// counterpart.
func coSource(evs []doc.Event, t doc.Span, c string) bool {
	for i := range evs {
		if s := evs[i].Source; s != nil && s.Actor.Country == c && evs[i].Trigger == t {
			return true
		}
	}
	return false
}

// meeting reports whether a trigger's text is a verb or noun of meeting
// ("met", "meets", "meeting", "summit", "convened").
func meeting(trigger string) bool {
	w := strings.ToLower(trigger)
	for _, p := range []string{"met", "meet", "summit", "conven", "gather"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
