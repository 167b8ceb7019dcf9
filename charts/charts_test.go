package charts

import (
	"bytes"
	"image/png"
	"os"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

func sample() Chart {
	return Chart{
		Title: "Транскаспий бағыты (ТХКБ) бойынша жүк көлемі — ә ғ қ ң ө ұ ү һ і",
		Unit:  "млн тонна",
		Bars: []Bar{
			{Label: "2019", Value: 0.759, Text: "0,759"},
			{Label: "2024", Value: 4.484, Text: "4,484"},
			{Label: "2030", Value: 11, Text: "11", Planned: true},
		},
		Planned:  "жоспар немесе болжам",
		Footnote: []string{"[1] Report.az, 10.03.2026", "[2] Trend — Azərbaycan ə ğ ı ş"},
	}
}

// The chart decodes as a PNG of the promised size, and the same chart gives the same bytes
// (a chart sent twice must not differ, and the test below must be able to fail).
func TestPNG_DecodesAndIsDeterministic(t *testing.T) {
	a, err := PNG(sample())
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(a))
	if err != nil {
		t.Fatalf("not a PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != width || b.Dy() != height {
		t.Errorf("size %dx%d, want %dx%d", b.Dx(), b.Dy(), width, height)
	}
	b, _ := PNG(sample())
	if !bytes.Equal(a, b) {
		t.Error("the same chart rendered twice differs")
	}
	other := sample()
	other.Bars[1].Value = 2
	if c, _ := PNG(other); bytes.Equal(a, c) {
		t.Error("a different figure gave the same picture")
	}
	if dir := os.Getenv("CHART_OUT"); dir != "" { // look at it: CHART_OUT=/tmp go test ./charts
		_ = os.WriteFile(dir+"/chart-sample.png", a, 0o644)
	}
}

func TestPNG_NoFiguresIsAnError(t *testing.T) {
	if _, err := PNG(Chart{Title: "empty"}); err == nil {
		t.Error("an empty chart rendered")
	}
}

// A footnote too long for the picture loses part of its title, never its date, and fits.
func TestClipToWidth_KeepsTheDate(t *testing.T) {
	sty := draw.TextStyle{Font: font.From(sans, 10), Handler: plot.DefaultTextHandler}
	long := "[1] Дереккөз: Report агенттігі (report.az), «" + strings.Repeat("Транскаспий бағыты бойынша жүк ", 8) + "», 2025 жылғы 5 қыркүйек"
	room := vg.Points(500)
	got := clipToWidth(sty, long, room)
	if !strings.HasSuffix(got, "…, 2025 жылғы 5 қыркүйек") || sty.Width(got) > room {
		t.Errorf("clipped to %q (width %v of %v)", got, sty.Width(got), room)
	}
	if short := "[1] Trend, 5 Sep 2025"; clipToWidth(sty, short, room) != short {
		t.Errorf("a short footnote was clipped")
	}
}
