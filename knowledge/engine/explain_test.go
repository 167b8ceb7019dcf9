package engine

import (
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge"
)

// The explanation names the reason of each reply and the check that ruled a fact out.
func TestExplainAnswer_GivesTheReason(t *testing.T) {
	e := shippedEngine(t)
	for _, c := range []struct{ q, want string }{
		{"What was trade between Kazakhstan and Kyrgyzstan in 2024?", "refused: no fact gives trade-turnover for kyrgyzstan"},
		{"What was trade between Kazakhstan and Kyrgyzstan in 2024?", "lacks a name the question gives"},
		{"How many TEU did the port of Aktau handle in 2024?", "at-aktau-capacity-2024"},
		{"How many TEU did the port of Aktau handle in 2024?", "gives no figure in the unit asked for"},
		{"How much cargo did Poti port handle in 2025?", "refused: no fact gives a figure for Poti"},
		{"Is the Middle Corridor a good investment?", "refused: asks for an opinion or a prediction"},
		{"Какой товарооборот был в 2024 году?", "answered with az-kz-trade-2024"},
		{"Какой объём грузов прошёл по ТМТМ в 2019 году?", "does not cover the year asked about"},
		// the gate that ruled the best-worded fact out is named
		{"в какой холдинг входит бакинский порт", "refused: the best fact names no organisation of the kind asked for"},
		{"when is the next meeting of the Supreme Interstate Council?", "tells of a past one, and the next is asked about"},
		{"Какие документы подписали на втором заседании Высшего межгосударственного совета?", "refused: the best fact names no document, and the question asks which"},
		{"which document did four countries sign in Aktau in November 2022?", "answered with oecd-aktau-roadmap-capacity-target-2025"},
		// a price paid is money: the tonnes carried do not answer it
		{"сколько платит Казахстан Азербайджану за транзит тонны нефти по БТД?", "refused: the best fact gives no money, and the question asks how much is paid"},
		{"How much has Azerbaijan invested in Kazakhstan?", "answered with azerbaijan-investment-in-kazakhstan"},
		// exports of no destination are no exports to the other country asked about
		{"Qazaxıstan Gürcüstana nə qədər ixrac edir?", "refused: the best fact gives no flow between the countries asked about"},
		{"Сколько Казахстан экспортирует в Грузию?", "refused"},
		// one country's part of a joint project's cost is not the whole
		{"How much will the Trans-Caspian cable cost Azerbaijan alone?", "refused: the best fact gives what several gave together, and the question asks one alone"},
		{"How much will the Trans-Caspian cable cost?", "answered with astana-2023-caspian-fiber-optic-cost"},
		// what a person said is not what the article he is the occasion of says
		{"What did Tokayev say about the Middle Corridor?", "refused"},
		{"Тоқаев Орта дәліз туралы не айтты?", "refused"},
		// what a person said is answered only by a fact that tells someone saying something
		{"Бағдат Мусин каспий кабелі туралы не деді?", "refused: the best fact tells of no one saying anything, and the question asks what someone said"},
		{"What did Salahov say about containers?", "answered with"},
		// "when" after the figure asked dates it ("capacity when the PM visited"); "as of when?" asks when
		{"aktau port capacity when the kazakh PM visited in sept 2024", "answered with at-aktau-capacity-2024"},
		// a good no fact counts is named in the refusal
		{"volume of kazakh uranium shipped via titr last yr?", "refused: no fact gives a figure for uranium"},
		{"как называется СП дашкесанской руды и казахов", "answered with dashkasan-fonte-greenmet-jv-agreement"},
	} {
		if got := e.ExplainAnswer(Query{Text: c.q}); !strings.Contains(got, c.want) {
			t.Errorf("%q: explanation lacks %q:\n%s", c.q, c.want, got)
		}
	}
}

func TestExplainCheck_NamesTheSlot(t *testing.T) {
	e := shippedEngine(t)
	got := e.ExplainCheck(e.Check("BTC carries 531 million tonnes a year", knowledge.EN))
	for _, want := range []string{"per year", "yearly rate vs total btc-cumulative-oil-2006-2022", "decided by btc-throughput-capacity"} {
		if !strings.Contains(got, want) {
			t.Errorf("explanation lacks %q:\n%s", want, got)
		}
	}
}
