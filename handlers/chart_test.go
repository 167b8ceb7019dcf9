package handlers_test

import (
	"bytes"
	"errors"
	"image/png"
	"strings"
	"testing"

	"github.com/corridorbot/corridorbot/handlers"
	"github.com/corridorbot/corridorbot/knowledge"
)

// Every series charts in every language: a PNG, the title in that language, each point's
// source in the caption; the same request draws the same picture.
func TestChart_EverySeriesInEveryLanguage(t *testing.T) {
	h := newHandler(t, nil)
	for _, id := range h.SeriesIDs() {
		for _, lang := range knowledge.Langs {
			c, err := h.Chart(id, lang)
			if err != nil {
				t.Fatalf("%s %s: %v", id, lang, err)
			}
			if _, err := png.Decode(bytes.NewReader(c.PNG)); err != nil {
				t.Errorf("%s %s: not a PNG: %v", id, lang, err)
			}
			source := map[knowledge.Lang]string{"ru": "Источник", "az": "Mənbə", "kk": "Дереккөз", "en": "Source"}[lang]
			if c.Series != id || !strings.Contains(c.Caption, source) {
				t.Errorf("%s %s: caption %q", id, lang, c.Caption)
			}
			again, _ := h.Chart(id, lang)
			if !bytes.Equal(c.PNG, again.PNG) {
				t.Errorf("%s %s: two renderings differ", id, lang)
			}
		}
	}
}

func TestChart_NoSeries(t *testing.T) {
	h := newHandler(t, nil)
	if _, err := h.Chart("погода в Баку", ""); !errors.Is(err, handlers.ErrNoSeries) {
		t.Errorf("a question about the weather charted: %v", err)
	}
}

// "How has it changed?" gets the series: the change from the first to the last result, each
// point's source, and the chart.
func TestAsk_ChangeOverTimeGetsTheSeriesAndChart(t *testing.T) {
	h := newHandler(t, nil)
	r := h.Ask("How has cargo on the Middle Corridor changed?", "en")
	if len(r.Photo) == 0 || !strings.Contains(r.Text, "from 0.759 (2019) to 4.119 (2025)") || !strings.Contains(r.Text, "Source:") {
		t.Errorf("change question: photo %d bytes, text %q", len(r.Photo), r.Text)
	}
}
