package text

import (
	"strings"
	"testing"
)

// The words saying which language a source is in go; a country named otherwise stays.
func TestWithoutLanguageNames(t *testing.T) {
	for in, want := range map[string]string{
		"Trend's Russian service quotes the ministry":      "Trend's quotes the ministry",
		"по данным Trend на русском языке, сколько TEU?":   "по данным Trend , сколько TEU?",
		"Report rus dilində yazır":                         "Report yazır",
		"trade between Russia and Kazakhstan":              "trade between Russia and Kazakhstan",
		"Russian exports to Kazakhstan in Russian roubles": "Russian exports to Kazakhstan roubles",
	} {
		if got := strings.Join(strings.Fields(WithoutLanguageNames(in)), " "); got != strings.Join(strings.Fields(want), " ") {
			t.Errorf("WithoutLanguageNames(%q) = %q, want %q", in, got, want)
		}
	}
}

// A case ending typed onto a year without its hyphen goes with the year; a unit stays.
func TestTokenize_GluedYearEnding(t *testing.T) {
	for in, want := range map[string]string{
		"2022de simal": "2022 simal",
		"2024те жүк":   "2024 жук",
		"5km cable":    "5 km cable",
	} {
		var got []string
		for _, tk := range Tokenize(in, nil) {
			got = append(got, tk.Text)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("Tokenize(%q) = %q, want %q", in, strings.Join(got, " "), want)
		}
	}
}

func TestWithoutOpener_DecimalCommaIsNoSeparator(t *testing.T) {
	in := "пишут что по бтд с 2023 ушло 3,4 млн т каз нефти"
	if got := WithoutOpener(in); !strings.Contains(got, "3,4") {
		t.Errorf("WithoutOpener(%q) = %q, want the figure whole", in, got)
	}
}

func TestOrdinals_DigitsWithAnOrdinalsEnding(t *testing.T) {
	for in, want := range map[string]OrdinalSet{
		"1-я очередь порта":     1 << 1,
		"на 6-ю встречу":        1 << 6,
		"25-ші отырысына":       1 << 25, // beyond fifteen, "the 24th meeting" is not the 25th
		"1-ci mərhələsi":        1 << 1,
		"2-ші кезеңі":           1 << 2,
		"2024-cü ildə":          0, // a year with its ending, no ordinal
		"с 1-го июля":           0, // a day of a month
		"2030-ға дейін 5 млн т": 0,
	} {
		if got := Ordinals(Tokenize(in, nil)); got != want {
			t.Errorf("Ordinals(%q) = %b, want %b", in, got, want)
		}
	}
}

func TestDirections_AccordingToIsNoDirection(t *testing.T) {
	var got []string
	Directions(Tokenize("According to Kazakhstan Railways, Kazakh exports grew 7.9 times", nil), func(term string) { got = append(got, term) })
	if len(got) != 0 {
		t.Errorf("Directions = %v, want none: 'according to' names a source", got)
	}
	got = nil
	Directions(Tokenize("exports to Kazakhstan grew", nil), func(term string) { got = append(got, term) })
	if len(got) != 1 || got[0] != "→kazakhstan" {
		t.Errorf("Directions = %v, want →kazakhstan", got)
	}
}

func TestPhraseSynonymsRead(t *testing.T) {
	for in, want := range map[string]string{
		"when did the OECD Put Out its report": "when did the OECD published its report",
		"output of the port":                   "output of the port", // no phrase inside a word
	} {
		if got := phraseSynonymsRead(EN, in); got != want {
			t.Errorf("phraseSynonymsRead(%q) = %q, want %q", in, got, want)
		}
	}
	// Azerbaijani typed the Turkish way and without diacritics
	if got, want := phraseSynonymsRead(AZ, "kac anlasma imzalanmis"), "neçə saziş imzalanıb"; got != want {
		t.Errorf("phraseSynonymsRead(AZ) = %q, want %q", got, want)
	}
}

// Chat before a claim or a question goes, in every language, up to its comma, colon, '?' or
// '!', with the "что"/"ki" that joins it; a question word before a comma stays.
func TestWithoutOpener_ChatBeforeAClaim(t *testing.T) {
	for in, want := range map[string]string{
		"Fun fact: the EBRD carried out the study":                 "the EBRD carried out the study",
		"Слышали? В Шамкирском районе появится завод":              "В Шамкирском районе появится завод",
		"Интересно, что казахстанские инвестиции превосходят":      "казахстанские инвестиции превосходят",
		"Bilirsinizmi, 2025-ci ildə Bakı limanında 107 054 TEU":    "2025-ci ildə Bakı limanında 107 054 TEU",
		"Maraqlıdır ki, liman ADY ilə inteqrasiya olunandan sonra": "liman ADY ilə inteqrasiya olunandan sonra",
		"Айтпақшы, AzerTelecom мен Қазақтелеком кабель тартпақ":    "AzerTelecom мен Қазақтелеком кабель тартпақ",
		"Как назывался танкер, который вёз нефть?":                 "Как назывался танкер, который вёз нефть?",
	} {
		if got := WithoutOpener(in); got != want {
			t.Errorf("WithoutOpener(%q) = %q, want %q", in, got, want)
		}
	}
}

// The word lists match folded tokens, whether or not a list writes the folded form: the
// Azerbaijani "sərəncamının" is a decree, the Kazakh "басталған" a start.
func TestPrefixLists_MatchFoldedTokens(t *testing.T) {
	if !AnyWordHasPrefix(Tokenize("prezident sərəncamının nömrəsi", nil), Decrees) {
		t.Error("sərəncamının: no decree word")
	}
	if !ContainsWord(Tokenize("құрылыс басталған", nil), StartedIndex) {
		t.Error("басталған: no start")
	}
}

// A "*" in a phrase list stands for any one word: "which Azerbaijani city" asks a city as
// "which city" does; a number there does not ("which 2 cities"), nor a verb that only begins
// like the noun ("қай жылы қаланды" asks a year).
func TestPhrases_AnyOneWord(t *testing.T) {
	for q, want := range map[string]bool{
		"which azerbaijani city does it start from": true,
		"which city":     true,
		"which 2 cities": false,
		"жаңа баку портының іргетасы қай жылы қаланды": false,
	} {
		if got := AnyPhraseIn(Tokenize(q, nil), CityAsked); got != want {
			t.Errorf("%q asks a city: %v, want %v", q, got, want)
		}
	}
}
