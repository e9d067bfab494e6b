package geo

import (
	"strings"
	"testing"

	"github.com/annals-dev/annals/doc"
	"github.com/annals-dev/annals/text"
	"github.com/annals-dev/annals/text/postag"
)

func process(t *testing.T, s string) (*doc.Document, *Stage) {
	t.Helper()
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	d := &doc.Document{Text: s}
	if err := seg.Process(d); err != nil {
		t.Fatal(err)
	}
	st := testStage(t)
	if err := st.Process(d); err != nil {
		t.Fatal(err)
	}
	return d, st
}

// wantPlace is a place mention a stage test expects: its text, its country
// ("" for an unresolved mention) and, when not both zero, its point.
type wantPlace struct {
	text, country string
	lat, lon      float64
}

// checkPlaces compares the place mentions of d with want: the same number,
// the same texts and countries, each point within maxKm of the wanted one;
// with resolved set, a mention must be resolved exactly when a country is
// wanted.
func checkPlaces(t *testing.T, in string, d *doc.Document, want []wantPlace, maxKm float64, resolved bool) {
	t.Helper()
	var got []string
	for _, p := range d.Places {
		got = append(got, d.SpanText(p.Span)+"/"+p.Place.Country)
	}
	if len(d.Places) != len(want) {
		t.Errorf("%q: places %v, want %d: %v", in, got, len(want), want)
		return
	}
	for i, w := range want {
		p := d.Places[i]
		if d.SpanText(p.Span) != w.text || p.Place.Country != w.country || resolved && p.Resolved != (w.country != "") {
			t.Errorf("%q: place %d = %q %+v, want %s in %s", in, i, d.SpanText(p.Span), p.Place, w.text, w.country)
			continue
		}
		if w.lat != 0 || w.lon != 0 {
			if km := Distance(p.Place, doc.Place{Lat: w.lat, Lon: w.lon}); km > maxKm {
				t.Errorf("%q: %s at (%.2f, %.2f), %.0f km from (%.2f, %.2f)", in, w.text, p.Place.Lat, p.Place.Lon, km, w.lat, w.lon)
			}
		}
	}
}

func TestStageMentions(t *testing.T) {
	type want = wantPlace // points checked within 50 km
	tests := []struct {
		in   string
		want []want
	}{
		{"Unrest grew after gunmen ambushed Kosovo border guards in the hill village of Banjska in northern Kosovo last May.",
			[]want{{"Kosovo", "XKX", 0, 0}, {"Banjska", "XKX", 42.95, 20.80}, {"Kosovo", "XKX", 0, 0}}},
		{"Union envoy Maria Lind spoke after a meeting in Zagreb with Croatian President Ivo Maric.",
			[]want{{"Zagreb", "HRV", 45.81, 15.98}}},
		{"Soldiers shot dead a teenager in the West Bank city of Nablus late Friday.",
			[]want{{"West Bank", "PSE", 0, 0}, {"Nablus", "PSE", 32.22, 35.26}}},
		{"The festival moved to Paris, Texas, in March.",
			[]want{{"Paris", "USA", 33.66, -95.56}, {"Texas", "USA", 0, 0}}},
		{"In May, protests spread from Batumi to Georgia's capital Tbilisi.",
			[]want{{"Batumi", "GEO", 41.64, 41.64}, {"Georgia", "GEO", 0, 0}, {"Tbilisi", "GEO", 41.69, 44.83}}},
		{"NATO said Will Smith met the mayor of London on Sunday.",
			[]want{{"London", "GBR", 51.51, -0.13}}},
		{"In Tunisia, meanwhile, hundreds of nurses went on strike.",
			[]want{{"Tunisia", "TUN", 0, 0}}},
		{"Hamas said the Red Cross would go to Kharkiv, not to Kyiv.",
			[]want{{"Kharkiv", "UKR", 49.99, 36.23}, {"Kyiv", "UKR", 50.45, 30.52}}},
		{"Crowds marched through Hong Kong, China, from Victoria Park to Admiralty; Beijing said nothing.",
			[]want{{"Hong Kong", "HKG", 0, 0}, {"China", "CHN", 0, 0}, {"Victoria Park", "", 0, 0}, {"Beijing", "CHN", 0, 0}}},
		{"Shelling continued in Donetsk and across the Donbas region of eastern Ukraine.",
			[]want{{"Donetsk", "UKR", 48.0, 37.8}, {"Donbas", "UKR", 0, 0}, {"Ukraine", "UKR", 0, 0}}},
		// A large city's name of several words after an article; an
		// adjective spelt like a small town's other name stays none.
		{"An airstrike hit a Gaza City school near the Thai border post.",
			[]want{{"Gaza City", "PSE", 31.50, 34.47}}},
		// Another transliteration of a town's name, without a cue.
		{"Grozny was shelled again while Fallujah stayed calm.",
			[]want{{"Grozny", "RUS", 43.31, 45.69}, {"Fallujah", "IRQ", 33.35, 43.78}}},
		// A name the tokenizer split at a typographic apostrophe.
		{"Riot police entered Ma‘an after the protest, then Maʿan again.",
			[]want{{"Ma‘an", "JOR", 30.20, 35.73}, {"Maʿan", "JOR", 30.20, 35.73}}},
		// A name after a person's title is a person's.
		{"The singer Bono met rebel leader Jordan Okello in Gulu.",
			[]want{{"Gulu", "UGA", 2.78, 32.30}}},
		// The head of a longer name with "of" is no place; "Tripoli of
		// Libya" still is.
		{"Tourists filled the Temple of Heaven in Beijing, then flew to Tripoli of Libya.",
			[]want{{"Beijing", "CHN", 39.91, 116.40}, {"Tripoli", "LBY", 32.89, 13.19}, {"Libya", "LBY", 0, 0}}},
		// The head of a Spanish name with "de" is no place either.
		{"Police charged protesters in the Plaza de Mayo.", []want{}},
		// A town put in a county of another state is no town of that
		// state: the county holds it.
		{"Sick ducks were found in the Cedar Lake area of Fulton County in Illinois.",
			[]want{{"Cedar Lake", "USA", 40.46, -90.22}, {"Fulton County", "USA", 40.46, -90.22}, {"Illinois", "USA", 0, 0}}},
		// A division holding a town after a comma is the division, not
		// the capital named like it.
		{"He moved from Spokane, Washington, to Boise.",
			[]want{{"Spokane", "USA", 47.66, -117.43}, {"Washington", "USA", 47.4, -120.5}, {"Boise", "USA", 43.61, -116.20}}},
		// An unknown name after "at" owning a person's belongings or a
		// named building is a person's.
		{"Gunmen shot at Kadhimi's convoy near Basra, then at Hammadi's Grand Inn.",
			[]want{{"Basra", "IRQ", 30.51, 47.78}}},
		// A country's name qualifying a currency is no place.
		{"He was fined US$1,800 in Algiers, about 2,000 Singapore dollars.",
			[]want{{"Algiers", "DZA", 36.73, 3.09}}},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		checkPlaces(t, tt.in, d, tt.want, 50, true)
	}
}

func TestBanjskaFallback(t *testing.T) {
	d, _ := process(t, "Masked men fired on a patrol in the hill village of Banjska in northern Kosovo. "+
		"Peacekeepers arrived two days after the gunfight in Banjska.")
	n := 0
	for _, p := range d.Places {
		if d.SpanText(p.Span) != "Banjska" {
			continue
		}
		n++
		if p.Place.Country != "XKX" || !strings.HasPrefix(p.Rule, "fallback") {
			t.Errorf("Banjska = %+v rule %q, want a fallback to northern Kosovo", p.Place, p.Rule)
		}
		if km := Distance(p.Place, doc.Place{Lat: 42.95, Lon: 20.80}); km > 25 {
			t.Errorf("Banjska %.0f km from the village", km)
		}
	}
	if n != 2 {
		t.Errorf("found %d Banjska mentions, want 2", n)
	}
}

func TestPlaceFor(t *testing.T) {
	tests := []struct {
		in, trigger, want string
	}{
		{"Two men were killed in Nablus, the army said.", "killed", "Nablus"},
		{"Lind spoke to reporters after talks in Zagreb with Maric.", "talks", "Zagreb"},
		{"Novak was detained for two days in Hungary and then freed.", "detained", "Hungary"},
		{"Serbia said it was ready to cooperate with Kosovo.", "cooperate", ""},
		{"Maric called Croatia's ties with the EU strong.", "called", ""},
		{"Russia condemned the strike, which Ukraine denied.", "condemned", ""},
		{"An attack on a checkpoint in the hill village of Banjska in northern Kosovo wounded two.", "attack", "Banjska"},
		{"In Dagestan on Wednesday, police shot two gunmen.", "shot", "Dagestan"},
		{"A young farmer was shot near his olive grove in the West Bank city of Tulkarm.", "shot", "Tulkarm"},
		{"Croatian troops captured Knin last Friday.", "captured", "Knin"},
		{"About 800 students protested against new fees at a square in Seoul.", "protested", "Seoul"},
		{"Kafr Naya was shelled on Sunday.", "shelled", "Kafr Naya"},
		{"Vukovar was stormed by the army on Sunday.", "stormed", "Vukovar"},
		{"Omar was captured on Sunday.", "captured", ""},
		// A settlement cue before a name of several words takes them all,
		// even when the first is a place of its own.
		{"Two soldiers were killed near the town of La Dorada Vieja on Monday.", "killed", "La Dorada Vieja"},
		{"Two shepherds were killed by a shell in the frontier village of Ain Arab on Tuesday.", "killed", "Ain"},
		// The rest of a name that begins with a demonym is no place of its
		// own.
		{"A grenade destroyed a cafe in the French Hill quarter of east Jerusalem.", "destroyed", "Jerusalem"},
		// A name the tokenizer split at a hyphen and an ayin mark is read
		// whole.
		{"Rebels stormed the village of Rasm Al-‘Umari on Sunday.", "stormed", "Rasm Al-‘Umari"},
		{"Jets bombed the Al-‘Udaymi district of the city on Sunday.", "bombed", "Al-‘Udaymi"},
		// A Nigerian district named before "Local Government Area" is the
		// narrower place.
		{"Raiders attacked a school in Ubako Local Government Area of Yobe State last week.", "attacked", "Ubako"},
		{"Bandits stormed three farms in Ubako Local Government Area (LGA) of Plateau State on Friday.", "stormed", "Ubako"},
		// "since", "after", "before" and a time phrase do not end the clause.
		{"Nine people have been killed since Monday in the port city of Latakia.", "killed", "Latakia"},
		{"Two guards were shot after Friday prayers in Hebron.", "shot", "Hebron"},
		{"Two guards were shot before 2005 in Hebron.", "shot", "Hebron"},
		{"Two guards were shot after he returned from Hebron.", "shot", ""},
		{"Gunmen killed two men in Orgun district of Paktika province.", "killed", "Orgun"},
		{"The rebels have captured 40 percent of Mali.", "captured", "Mali"},
		{"Gunmen attacked the Basque city of Bilbao.", "attacked", "Bilbao"},
		{"Insurgents shelled Fuah and Kafraya on Sunday.", "shelled", "Fuah"},
		{"A market in Kandahar, which is patrolled by Canadian soldiers, was reopened.", "patrolled", "Kandahar"},
		{"They fled to Rafah, where two men were shot on Monday.", "shot", "Rafah"},
		{"Troops shot six miners in Yunnan province's Lufeng county.", "shot", "Lufeng"},
		{"Drones patrolled Madrid's skies during the summit.", "patrolled", "Madrid"},
		{"Thousands protested in front of Morocco's parliament in Rabat.", "protested", "Rabat"},
		{"Food convoys could not get to Zawiya once it was shelled by loyalist units.", "shelled", "Zawiya"},
		{"Near Hama, the army has entered this town after a battle.", "entered", "Hama"},
		{"The report said it was shelled by government forces.", "shelled", ""},
		{"Rebels launched an offensive in the countryside of Hama, targeting army positions at Morek.", "targeting", "Morek"},
		{"Insurgents ambushed a police chief in the Loya Wiyala area in Kandahar, capital of the southern province, killing him.", "killing", "Loya Wiyala"},
		{"Hundreds demonstrated in the Malian capital Bamako on Friday.", "demonstrated", "Bamako"},
		{"Moreno was shot in the back at Valley Hospital in Fresno.", "shot", "Fresno"},
		{"Four soldiers were killed in the north Kirkuk neighbourhood of Rahimawa.", "killed", "Rahimawa"},
		{"Three traders were killed in the Rahimawa quarter of northern Kirkuk.", "killed", "Rahimawa"},
		{"A mine went off in Qaryat Zuwayr, a hamlet outside Tikrit, killing three herders.", "killing", "Qaryat Zuwayr"},
		{"The capital, Bangui, is patrolled by French soldiers.", "patrolled", "Bangui"},
		{"The smuggler was captured in Kenya and sent back to Britain.", "captured", "Kenya"},
		{"In a separate attack in Deir Mawas, gunmen shot three guards.", "shot", "Deir Mawas"},
		{"Gunmen attacked Shawa village where ten persons were killed.", "killed", "Shawa"},
		{"A retired teacher was found murdered at his Dharampeth residence late on Monday.", "murdered", "Dharampeth"},
		{"Rebel fighters stormed the Zahra Hospital on Thursday.", "stormed", "Zahra Hospital"},
		{"The officer was shot in the shoulder by a gunman and later flown to Kenya.", "shot", ""},
		{"A blast in a Nepal village near the Indian border killed three farmers.", "killed", "Nepal"},
		{"A car bomb detonated close to the Kindi Hospital on Monday.", "detonated", "Kindi Hospital"},
		{"Fighters attacked positions near the desert city of Palmyra (Tadmur).", "attacked", "Palmyra"},
		{"A union leader was shot dead in the Cape Town township of Gugulethu.", "shot", "Gugulethu"},
		{"Cyprus is still patrolled by UN peacekeepers.", "patrolled", "Cyprus"},
		{"Jets destroyed a camp in the Al-Arfi District, killing ten men.", "killing", "Al-Arfi District"},
		{"A mine wrecked a jeep in the remote Shatoy region of southern Chechnya, killing two.", "killing", "Shatoy"},
		{"Farmers demonstrated in the northern Italian region of Lombardy.", "demonstrated", "Lombardy"},
		{"U.S. troops patrolled the streets on Saturday.", "patrolled", ""},
		{"Gunmen raided the Angyom and Tse-Torkula villages.", "raided", "Angyom"},
		{"A resident of Tel Abyad, Hamid, said he was beaten on Monday.", "beaten", ""},
		{"Bandits killed 14 villagers in Maru local government area of Zamfara state.", "killed", "Maru"},
		{"Soldiers in the northern Mexico state of Sonora captured 12 smugglers.", "captured", "Sonora"},
		{"Government troops stepped up attacks on Douma in a bid to take it.", "attacks", "Douma"},
		{"The army will try to capture Bayyanoun from the rebels.", "capture", "Bayyanoun"},
		{"Police captured Bonomo at his home.", "captured", ""},
		{"Gunmen burned the houses on the hills above Malibu.", "burned", "Malibu"},
		{"Troops pressed their assault in Homs, targeting both the Khalidiya and Bab Amr districts.", "targeting", "Khalidiya"},
		{"Marines patrolled the docks of the eastern Libyan port of Benghazi on Friday.", "patrolled", "Benghazi"},
		{"Hundreds demonstrated in the nation's second city of Bulawayo.", "demonstrated", "Bulawayo"},
		{"The rebels captured several army bases, including Pul-e-Khumri city.", "captured", "Pul-e-Khumri"},
		{"Seven guards were wounded, including Kenya's junior trade minister.", "wounded", ""},
		{"Serbs shelled towns in Eastern Slavonia on Monday.", "shelled", "Eastern Slavonia"},
		{"Rebels captured two areas known as Umm Karwah and Zabadiyah.", "captured", "Umm Karwah"},
		{"The clash occurred in a place called Malbeni on Friday.", "occurred", "Malbeni"},
		{"A man named Kosrat was shot on Friday.", "shot", ""},
		{"Scores of rebels were killed in the fight for Baiji last week.", "killed", "Baiji"},
		{"Guards patrolled inside and outside Cairo's Al-Salam hospital on Friday.", "patrolled", "Cairo"},
		{"Gunmen opened fire outside Alexandria's Al-Nour clinic on Monday.", "opened", "Alexandria"},
		{"Bandits raided three villages: Kwabzak, Maiyanga and Dorowa on Tuesday.", "raided", "Kwabzak"},
		{"Soldiers patrolled the farms surrounding Baidoa on Friday.", "patrolled", "Baidoa"},
		{"He was shot dead as he waited in Morgan's truck outside a San Diego bar.", "shot", "San Diego"},
		{"The union now plans to march to Mysore next month.", "march", "Mysore"},
		{"Around Baqubah, a car bomb was detonated near a checkpoint.", "detonated", "Baqubah"},
		{"The explosion on Tuesday in Calvi, in upper Corsica, destroyed two shops.", "destroyed", "Calvi"},
		{"The commander was killed at the battle of Sirte.", "killed", "Sirte"},
		{"Sixty soldiers were killed during the battle for Sirte.", "killed", ""},
		{"Hundreds protested outside the embassies of Britain and France in Nairobi.", "protested", "Nairobi"},
		{"Protesters threw stones at the US new embassy in Kabul.", "threw", "Kabul"},
		{"Eastern Tarvonia was captured by Serb forces in 1992.", "captured", "Eastern Tarvonia"},
		{"In Oslo, about 300 people demonstrated against the bombing of Libya.", "demonstrated", "Oslo"},
		{"Students protested against the sanctions imposed on Cuba.", "protested", ""},
		{"Thousands marched against the war in Paris on Sunday.", "marched", "Paris"},
		{"Youths clashed with riot police in the town of Prizren after Albania's vote.", "clashed", "Prizren"},
	}
	for _, tt := range tests {
		d, st := process(t, tt.in)
		checkPlaceFor(t, st, d, tt.trigger, tt.want)
	}
}

func TestStageConcurrent(t *testing.T) {
	texts := []string{
		"Gunfire broke out at a checkpoint in the hill village of Banjska in northern Kosovo.",
		"Talks in Belgrade and Pristina ended; Moscow and Kyiv said nothing.",
		"Shelling hit Donetsk and the Donbas region of eastern Ukraine.",
		"The festival moved to Paris, Texas, in March.",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		d, _ := process(t, s)
		want[i] = placesString(d)
	}
	g, _ := Default()
	st := NewStage(g)
	seg, err := text.New()
	if err != nil {
		t.Fatal(err)
	}
	docs := make([]*doc.Document, 4*len(texts))
	for i := range docs {
		docs[i] = &doc.Document{Text: texts[i%len(texts)]}
		if err := seg.Process(docs[i]); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan int)
	for i := range docs {
		go func(i int) {
			if err := st.Process(docs[i]); err != nil {
				t.Error(err)
			}
			done <- i
		}(i)
	}
	for range docs {
		i := <-done
		if got := placesString(docs[i]); got != want[i%len(texts)] {
			t.Errorf("concurrent Process(%q) = %s, want %s", texts[i%len(texts)], got, want[i%len(texts)])
		}
	}
}

func placesString(d *doc.Document) string {
	var b strings.Builder
	for _, p := range d.Places {
		b.WriteString(d.SpanText(p.Span) + "=" + p.Place.Country + ";")
	}
	return b.String()
}

func TestOrgName(t *testing.T) {
	tests := []struct {
		in, place string
		want      bool
	}{
		{"Jets struck camps of the Democratic Party of Kurdistan (DPK) near Dohuk.", "Kurdistan", true},
		{"She joined the National Liberation Army of Colombia (ELN) in 1985.", "Colombia", true},
		{"Troops shelled the town of Irbil (Erbil) on Monday.", "Irbil", false},
		{"Troops shelled the outskirts of Kirkuk (northern Iraq) on Monday.", "Kirkuk", false},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		i := strings.Index(tt.in, tt.place)
		first, end := d.TokenAt(i), d.TokenAt(i+len(tt.place)-1)+1
		if got := orgName(d, d.Sentences[0], first, end); got != tt.want {
			t.Errorf("orgName(%q, %q) = %v, want %v", tt.in, tt.place, got, tt.want)
		}
	}
}

// TestPlaceForTagged checks the rules that read tagged text: a scene set
// earlier in the sentence.
func TestPlaceForTagged(t *testing.T) {
	tagger, err := postag.New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in, trigger, want string
	}{
		{"An army officer in Samarra said the bomb killed six guards.", "killed", "Samarra"},
		{"Residents of the town of Rastan, which troops besieged, fled.", "besieged", "Rastan"},
		{"A resident of Tel Abyad, Hamid, said he was beaten on Monday.", "beaten", ""},
		{"Some 150 survivors of the Halabja gas attack demonstrated in the capital.", "demonstrated", ""},
		{"Kisangani, a river port in the northeast, was captured by rebels.", "captured", "Kisangani"},
		{"Jordan, 56, was shot in his car.", "shot", ""},
		{"Paris was shot down during a patrol flight over Syria in May 1983.", "shot", "Syria"},
		{"A week after, Mexico's chief drug prosecutor was shot.", "shot", "Mexico"},
		{"Some 900 soldiers patrolled Kinshasa's crowded and dusty streets.", "patrolled", "Kinshasa"},
		{"Police patrolled the lanes of Dakar's poorer districts on Friday.", "patrolled", "Dakar"},
		{"Thousands of Arabs took to the streets of Al-Hasakah on Friday.", "took", "Al-Hasakah"},
		{"In June, Ramirez was captured in a flat by agents searching offices and shops in downtown Lima.", "captured", "Lima"},
		{"Army units were patrolling Nigeria's main gas installations.", "patrolling", "Nigeria"},
		{"And in rebel-held Kobiljaca, west of Tuzla, a Dutch soldier was shot in the leg.", "shot", ""},
		{"Ecuador's deputy border guard commander was shot dead on Friday.", "shot", "Ecuador"},
		{"Serbia's two largest refineries were destroyed in the raids.", "destroyed", "Serbia"},
		{"Turkey seized and annexed northern Cyprus in 1974.", "seized", "Cyprus"},
		{"Police shot and killed two robbers on Friday.", "shot", ""},
		{"Four gunmen were arrested after the Mombasa shootout on Friday.", "arrested", "Mombasa"},
		{"Hundreds of militants died in the battle during Raqqa's liberation in 2017.", "died", "Raqqa"},
		{"Most of Kosovo's mosques were destroyed in the fighting.", "destroyed", "Kosovo"},
		{"Two of the men from Kosovo were arrested on Monday.", "arrested", ""},
		// Where a victim comes from yields to where the act happened.
		{"Gunmen shot and killed a vaccination worker from Peshawar in the Orangi neighborhood of Karachi on Tuesday.", "killed", "Orangi"},
		// A town's possessive before one of its buildings or works, named or
		// not; a country's embassy is still no place of it.
		{"Militants bombed Nairobi's Westgate Mall last Saturday.", "bombed", "Nairobi"},
		{"The blast destroyed one of Mosul's old bridges on Monday.", "destroyed", "Mosul"},
		{"Dozens protested outside France's embassy in central Tunis.", "protested", "Tunis"},
		// A place subject with a relative clause between commas.
		{"Western Thrace, which borders Bulgaria, was captured by the rebels in 1998.", "captured", "Western Thrace"},
		{"Kirkuk, which has been run by Kurdish parties since the war ended in 2003 after a long siege, is patrolled by the army.", "patrolled", "Kirkuk"},
		// A place in an appositive after a person's name yields to one in
		// the trigger's phrase.
		{"Ali Hamza, a senior commander of the rebels in Yemen, was captured on Monday after a raid in the port city of Mukalla.", "captured", "Mukalla"},
		// A participle after the place it is said of.
		{"The treaty says Western Thrace, seized by the rebels in 1998, goes back to the state.", "seized", "Western Thrace"},
		{"The plan says Kirkuk, shelled by rebels during the war, needs aid.", "shelled", "Kirkuk"},
		{"The ministry said Morales declared martial law.", "declared", ""},
		// An event noun before "of" names its place after it.
		{"The pilot was captured during the 1991 allied invasion of Kuwait.", "captured", "Kuwait"},
		{"Two reporters were killed during Russia's 2000 siege of Grozny.", "killed", "Grozny"},
		{"The judge was shot on Friday by a man who fired at her van outside a pharmacy in Culiacan.", "shot", "Culiacan"},
		{"The imam, old and frail, was shot dead Friday as he left a Peshawar shrine.", "shot", "Peshawar"},
		{"The businessman was shot twice last week as he left his Karachi office.", "shot", "Karachi"},
		{"Two gendarmes were killed and four others hurt on Friday in an ambush by well armed gunmen on a slow civilian fuel convoy in the eastern town of Gao.", "killed", "Gao"},
		{"Two gendarmes were killed and four others hurt on Friday in an ambush by well armed gunmen on a slow civilian fuel convoy in the east near Gao.", "killed", ""},
		{"Ahmed Salem, 31, of Beit Ummar near Hebron, detonated a bomb in a bus station in Haifa.", "detonated", "Haifa"},
		{"In Mostar, a customs officer was shot and badly hurt on Friday, and in Bihac, west of Banja Luka, a mayor has been detained.", "shot", "Mostar"},
		{"In Boston, about 5,000 people marched on Saturday, while 2,000 others rallied in Burlington.", "marched", "Boston"},
		{"The three policemen were captured on Friday, while checking cars close to the frontier town of Tetovo.", "captured", "Tetovo"},
		{"Thousands of students took to Addis Ababa's streets to demand new elections.", "demand", "Addis Ababa"},
		{"The lawyer was shot to death on his way home from a concert at a theatre in Cali.", "shot", "Cali"},
		{"Police captured the suspect on Friday after he fled to Caracas.", "captured", ""},
		{"The activist was shot dead on Friday by a gunman on a scooter as he stepped out of a crowded corner tea shop in the walled city of Multan.", "shot", "Multan"},
		{"Two fighters were killed on Monday in clashes with rebel units from the north using the abandoned school buildings and farms as bases near Aleppo.", "killed", ""},
		{"Police in Kirkuk opened fire on Kirkuk provincial councillor Ali Hamid's convoy.", "opened", "Kirkuk"},
		{"In Mosul, gunmen opened fire on Nineveh provincial councillor Ali Hamid's convoy.", "opened", "Mosul"},
		{"The three cousins, who were wanted for a string of kidnappings in Lebanon, were shot dead when troops stormed their farmhouse near Sidon.", "shot", "Sidon"},
		{"A bomber in Kunduz Province in the volatile Afghan region of Badakhshan killed nine people.", "killed", "Kunduz"},
	}
	for _, tt := range tests {
		d, st := process(t, tt.in)
		if err := tagger.Process(d); err != nil {
			t.Fatal(err)
		}
		checkPlaceFor(t, st, d, tt.trigger, tt.want)
	}
}

// checkPlaceFor reports an error unless the place PlaceFor attaches to the
// first occurrence of trigger in d's first sentence reads want ("" for no
// place).
func checkPlaceFor(t *testing.T, st *Stage, d *doc.Document, trigger, want string) {
	t.Helper()
	i := strings.Index(d.Text, trigger)
	p := st.PlaceFor(d, 0, doc.Span{Start: i, End: i + len(trigger)})
	got := ""
	if p != nil {
		got = d.SpanText(p.Span)
	}
	if got != want {
		t.Errorf("PlaceFor(%q, %q) = %q, want %q", d.Text, trigger, got, want)
	}
}

// TestOfficeAndOrganisationCues checks that a title of office after a place
// name keeps the name a place and tells state from city, and that a sea or
// continent opening an organisation's name is no place.
func TestOfficeAndOrganisationCues(t *testing.T) {
	type want = wantPlace // points checked within 120 km (the state's point and the city lie 280 km apart)
	tests := []struct {
		in   string
		want []want
	}{
		{"Ohio Governor Ted Strickland signed the budget on Monday.",
			[]want{{"Ohio", "USA", 0, 0}}},
		{"Texas Gov. Rick Perry spoke to farmers in Lubbock.",
			[]want{{"Texas", "USA", 0, 0}, {"Lubbock", "USA", 33.58, -101.86}}},
		{"New York Governor Mary Smith vetoed the plan.",
			[]want{{"New York", "USA", 43.0, -75.0}}},
		{"New York Mayor Jim Brown opened the bridge.",
			[]want{{"New York", "USA", 40.71, -74.0}}},
		{"Marchers called for Caracas Mayor Jose Ruiz to step down.",
			[]want{{"Caracas", "VEN", 10.49, -66.88}}},
		{"Samples went to the Pacific Marine Institute in Halifax, Nova Scotia.",
			[]want{{"Halifax", "CAN", 44.65, -63.57}, {"Nova Scotia", "CAN", 0, 0}}},
		{"Members of the Atlantic Fisheries Council met in Reykjavik.",
			[]want{{"Reykjavik", "ISL", 64.14, -21.90}}},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		checkPlaces(t, tt.in, d, tt.want, 120, false)
	}
}

// TestUnknownFallback checks where a settlement the gazetteer lacks falls
// back to: a place of the document's main country named however far back,
// and never a sea.
func TestUnknownFallback(t *testing.T) {
	tests := []struct {
		in, name, country string
	}{
		// The province six sentences back, in the country of most names.
		{"Floods hit Balochistan province in Pakistan on Monday. The rain did not stop for days. " +
			"Rescue teams worked through the night. Many roads were closed. Schools shut their doors. " +
			"Officials counted the losses. Two children drowned in the village of Dorkhanabad.", "Dorkhanabad", "PAK"},
		// A division the sentence before names says more than the
		// country named right after the name.
		{"Floods hit Sindh on Monday. Two children drowned in the village of Dorkhanabad in Pakistan.", "Dorkhanabad", "PAK"},
		// A demonym in the cue names the country or region, over another
		// country named nearer.
		{"The boy lived in the small Kurdish village of Dorkhanabad. A lab in Britain confirmed the test.", "Dorkhanabad", "IRQ"},
		{"Officials in Britain said the Syrian town of Dorkhanabad was shelled.", "Dorkhanabad", "SYR"},
		{"Officials in Britain said the Indian town of Dorkhanabad was flooded.", "Dorkhanabad", "IND"},
		// A town of the name only in other states falls back to the state
		// the text puts it in.
		{"The fair moved to Lyndonville, Texas, in June.", "Lyndonville", "USA"},
		// A sea right after the name is no region of it.
		{"Officials in Pakistan said boats from the village of Dorkhanabad sank in the Arabian Sea.", "Dorkhanabad", "PAK"},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		for _, p := range placesNamed(t, tt.in, d, tt.name) {
			if p.Place.Country != tt.country || !strings.HasPrefix(p.Rule, "fallback") {
				t.Errorf("%q: %s = %+v rule %q, want a fallback in %s", tt.in, tt.name, p.Place, p.Rule, tt.country)
			}
			if strings.Contains(tt.in, "Texas") && p.Rule != "fallback:within Texas" {
				t.Errorf("%q: %s rule %q, want a fallback to Texas", tt.in, tt.name, p.Rule)
			}
			if strings.Contains(tt.in, "Sindh") && !strings.HasSuffix(p.Rule, " Sindh") {
				t.Errorf("%q: %s rule %q, want a fallback to Sindh", tt.in, tt.name, p.Rule)
			}
		}
	}
}

// placesNamed returns the place mentions of d whose text is name, and
// reports an error when there is none.
func placesNamed(t *testing.T, in string, d *doc.Document, name string) []doc.PlaceMention {
	t.Helper()
	var out []doc.PlaceMention
	for _, p := range d.Places {
		if d.SpanText(p.Span) == name {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		t.Errorf("%q: %s not found", in, name)
	}
	return out
}

// TestPopulationCentreFallback checks that a town the gazetteer lacks,
// placed in a first-level division, falls back to where the division's
// people live (Ontario's south, around Toronto), not to the division's
// own point far in the north.
func TestPopulationCentreFallback(t *testing.T) {
	g := testStage(t).g
	for _, tt := range []struct {
		country, admin1 string
		lat, lon        float64 // the division's largest city
	}{
		{"CAN", "08", 43.70, -79.42}, // Ontario: Toronto
		{"USA", "NY", 40.71, -74.01}, // New York: New York City
	} {
		lat, lon, ok := g.popCentre(tt.country, tt.admin1)
		if !ok {
			t.Errorf("%s.%s: no centre", tt.country, tt.admin1)
			continue
		}
		if km := haversine(lat, lon, tt.lat, tt.lon); km > 150 {
			t.Errorf("%s.%s: centre (%.2f, %.2f) %.0f km from its largest city", tt.country, tt.admin1, lat, lon, km)
		}
	}
	d, _ := process(t, "Police stopped a pickup truck on a highway in the hamlet of Pinegrove, Ontario, on Sunday.")
	for _, p := range d.Places {
		if d.SpanText(p.Span) != "Pinegrove" {
			continue
		}
		if p.Place.Country != "CAN" || !strings.HasPrefix(p.Rule, "fallback") {
			t.Fatalf("Pinegrove = %+v rule %q, want a fallback in Ontario", p.Place, p.Rule)
		}
		if km := Distance(p.Place, doc.Place{Lat: 43.70, Lon: -79.42}); km > 150 {
			t.Errorf("Pinegrove at (%.2f, %.2f), %.0f km from Toronto", p.Place.Lat, p.Place.Lon, km)
		}
		return
	}
	t.Errorf("Pinegrove not found: %+v", d.Places)
}

// TestStrayNamesake checks that a small town found only in another division
// than the one a document is about, which the document names, is taken for
// a place of that division the gazetteer lacks; not when the text puts it
// in its own division or names no division.
func TestStrayNamesake(t *testing.T) {
	const iowa = "Heavy snow hit Iowa on Tuesday. Plows worked through the night in Ames, Boone and Marshalltown. " +
		"Schools in Story County closed. "
	tests := []struct {
		in       string
		fallback bool // else resolved by the gazetteer, outside Iowa
	}{
		{iowa + "A school bus slid off the road near Lyndonville.", true},
		{iowa + "A school bus slid off the road near Lyndonville, Vermont.", false},
		{"Plows worked through the night in Ames, Boone and Marshalltown. A school bus slid off the road near Lyndonville.", false},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		found := false
		for _, p := range d.Places {
			if d.SpanText(p.Span) != "Lyndonville" {
				continue
			}
			found = true
			inIowa := p.Place.Lat > 40.3 && p.Place.Lat < 43.6 && p.Place.Lon > -96.7 && p.Place.Lon < -90.1
			if got := strings.HasPrefix(p.Rule, "fallback:division"); got != tt.fallback || inIowa != tt.fallback || p.Place.Country != "USA" {
				t.Errorf("%q: Lyndonville = %+v rule %q, want fallback into Iowa %v", tt.in, p.Place, p.Rule, tt.fallback)
			}
		}
		if !found {
			t.Errorf("%q: Lyndonville not found", tt.in)
		}
	}
}

// TestLocalInstitution checks that a name followed by a town's institution
// ("Peru High School") is the town in all the document's mentions of it,
// and that a country named without one stays the country.
func TestLocalInstitution(t *testing.T) {
	tests := []struct {
		in, name, country string
	}{
		{"Students of Peru High School raised money for the new library. The fair in Peru drew 2,000 people.", "Peru", "USA"},
		{"The Mexico City Council met on Monday. Traffic in Mexico was heavy.", "Mexico", "MEX"},
		{"The fair in Peru drew 2,000 people from Lima and Cusco.", "Peru", "PER"},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		n := 0
		for _, p := range d.Places {
			if d.SpanText(p.Span) != tt.name {
				continue
			}
			n++
			if p.Place.Country != tt.country {
				t.Errorf("%q: %s = %+v rule %q, want %s", tt.in, tt.name, p.Place, p.Rule, tt.country)
			}
		}
		if n == 0 {
			t.Errorf("%q: %s not found", tt.in, tt.name)
		}
	}
}

// TestHeadlineFallback checks that a name the gazetteer lacks, given first
// in a headline whose sentence names no region, takes the fallback of a
// later mention of it.
func TestHeadlineFallback(t *testing.T) {
	text := "Senator visits Dorkhanabad farmers. DORKHANABAD - The senator spoke on Sunday. " +
		"He said the state of Sindh needs more water. The farmers of Dorkhanabad thanked him."
	d, st := process(t, text)
	spans := spansOf(text, "Dorkhanabad", "Sindh")
	for _, pm := range st.ResolveSpans(d, spans) {
		if text[pm.Span.Start:pm.Span.End] != "Dorkhanabad" {
			continue
		}
		if !pm.Resolved || pm.Place.Country != "PAK" {
			t.Errorf("Dorkhanabad at %d = %+v rule %q, want a fallback to Sindh", pm.Span.Start, pm.Place, pm.Rule)
		}
	}
}

// TestDemonymDirection checks that a name made of a country's demonym and a
// direction ("the American South") is that part of the country.
func TestDemonymDirection(t *testing.T) {
	text := "British aid was sent to the American South and to the Indian Northeast after the storms."
	d, st := process(t, text)
	want := map[string]string{"American South": "USA", "Indian Northeast": "IND"}
	for _, pm := range st.ResolveSpans(d, spansOf(text, "American South", "Indian Northeast")) {
		name := text[pm.Span.Start:pm.Span.End]
		if pm.Place.Country != want[name] || !strings.HasPrefix(pm.Rule, "fallback:demonym") {
			t.Errorf("%s = %+v rule %q, want a part of %s", name, pm.Place, pm.Rule, want[name])
		}
	}
}

// TestFarNamesakeInsideTown checks that a place named inside a town ("the
// Adhamiyah district of Baghdad") whose only gazetteer namesake lies in
// another province falls back to the town, while one that lies in the town
// keeps its own entry.
func TestFarNamesakeInsideTown(t *testing.T) {
	tests := []struct {
		in, name, rule string
	}{
		{"A bakery in the Adhamiyah district of Baghdad was raided.", "Adhamiyah", "fallback:within Baghdad"},
		{"Shells hit the Karrada district of Baghdad.", "Karrada", ""},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		for _, p := range placesNamed(t, tt.in, d, tt.name) {
			if tt.rule != "" && p.Rule != tt.rule {
				t.Errorf("%q: %s rule %q, want %q", tt.in, tt.name, p.Rule, tt.rule)
			}
			if b := (doc.Place{Lat: 33.31, Lon: 44.39}); Distance(p.Place, b) > 60 {
				t.Errorf("%q: %s at %.2f,%.2f, more than 60 km from Baghdad", tt.in, tt.name, p.Place.Lat, p.Place.Lon)
			}
		}
	}
}

// TestGulf checks that a bare "Gulf" is the Persian Gulf, and "Gulf
// province" in a story about Papua New Guinea the province.
func TestGulf(t *testing.T) {
	tests := []struct {
		in, country string
	}{
		{"Iranian guards seized 15 sailors in the northern Gulf.", ""},
		{"Floods hit Kerema in Papua New Guinea's Gulf province.", "PNG"},
	}
	for _, tt := range tests {
		d, _ := process(t, tt.in)
		for _, p := range placesNamed(t, tt.in, d, "Gulf") {
			if p.Place.Country != tt.country {
				t.Errorf("%q: Gulf = %s (%s), want country %q", tt.in, p.Place.Name, p.Place.Country, tt.country)
			}
		}
	}
}
