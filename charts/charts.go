// Package charts draws a series of sourced figures as a PNG bar chart: labelled axes, every
// bar's value, plans and forecasts drawn as outlines beside solid results, and the sources in
// a footnote. Every text arrives already in the reader's language; the chart only lays it out.
// The font is Liberation Sans, embedded with gonum/plot, which covers Azerbaijani (ə ğ ı ş)
// and Kazakh (ә ғ қ ң ө ұ ү һ і) letters.
package charts

import (
	"bytes"
	"fmt"
	"image/color"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
)

// Chart is what one chart shows.
type Chart struct {
	Title    string
	Unit     string // the value axis label: "million tonnes"
	Bars     []Bar
	Planned  string   // legend of the outlined bars: "plan or forecast"; "" when none is planned
	Footnote []string // one line per source
}

// Bar is one figure.
type Bar struct {
	Label   string // the period: "2022", "2025 (1–8)"
	Value   float64
	Text    string // the value as printed above the bar, in the reader's number style
	Planned bool
}

// Size of the PNG: legible on a phone, small enough to send quickly.
const (
	width  = 900
	height = 560
	dpi    = 96
)

var (
	resultColor = color.RGBA{R: 31, G: 94, B: 168, A: 255}
	textColor   = color.RGBA{R: 33, G: 33, B: 33, A: 255}
	noteColor   = color.RGBA{R: 90, G: 90, B: 90, A: 255}
	plannedFill = color.RGBA{R: 226, G: 235, B: 247, A: 255}
	sans        = font.Font{Typeface: "Liberation", Variant: "Sans"}
)

// PNG renders a chart. The same chart always gives the same bytes.
func PNG(c Chart) ([]byte, error) {
	if len(c.Bars) == 0 {
		return nil, fmt.Errorf("chart %q has no figures", c.Title)
	}
	p := plot.New()
	style(p, c)
	p.Add(bars(c.Bars))
	labels := make([]string, len(c.Bars))
	for i, b := range c.Bars {
		labels[i] = b.Label
	}
	p.NominalX(labels...)
	p.X.Tick.Label.Font = font.From(sans, 11)
	p.Y.Min = 0

	img := vgimg.NewWith(vgimg.UseWH(vg.Length(width)*vg.Inch/dpi, vg.Length(height)*vg.Inch/dpi), vgimg.UseDPI(dpi), vgimg.UseBackgroundColor(color.White))
	dc := draw.New(img)
	legend := hasPlanned(c)
	notes := c.Footnote
	if legend {
		notes = append([]string{c.Planned}, notes...)
	}
	lineH := vg.Points(13)
	footH := lineH*vg.Length(len(notes)) + vg.Points(10)
	p.Draw(draw.Crop(dc, vg.Points(8), -vg.Points(16), footH, -vg.Points(6)))
	drawNotes(dc, notes, lineH, legend)

	var buf bytes.Buffer
	if _, err := (vgimg.PngCanvas{Canvas: img}).WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("encode chart %q: %w", c.Title, err)
	}
	return buf.Bytes(), nil
}

func style(p *plot.Plot, c Chart) {
	p.Title.Text = c.Title
	p.Title.TextStyle.Font = font.From(sans, 16)
	p.Title.TextStyle.Color = textColor
	p.Title.Padding = vg.Points(10)
	p.Y.Label.Text = c.Unit
	p.Y.Label.TextStyle.Font = font.From(sans, 12)
	p.Y.Tick.Label.Font = font.From(sans, 10)
	p.X.Padding, p.Y.Padding = vg.Points(4), vg.Points(4)
}

// hasPlanned reports outlined bars that the legend must explain.
func hasPlanned(c Chart) bool {
	for _, b := range c.Bars {
		if b.Planned && c.Planned != "" {
			return true
		}
	}
	return false
}

// drawNotes writes the footnote lines; with a legend, the first line follows a small
// outlined box like the planned bars.
func drawNotes(dc draw.Canvas, notes []string, lineH vg.Length, legend bool) {
	sty := draw.TextStyle{Color: noteColor, Font: font.From(sans, 10), Handler: plot.DefaultTextHandler}
	x := dc.Min.X + vg.Points(12)
	for i, n := range notes {
		y := dc.Min.Y + lineH*vg.Length(len(notes)-i-1) + vg.Points(6)
		tx := x
		if legend && i == 0 {
			box := []vg.Point{{X: x, Y: y}, {X: x, Y: y + vg.Points(8)}, {X: x + vg.Points(12), Y: y + vg.Points(8)}, {X: x + vg.Points(12), Y: y}}
			dc.FillPolygon(plannedFill, box)
			dc.StrokeLines(draw.LineStyle{Color: resultColor, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(3), vg.Points(2)}}, append(box, box[0]))
			tx += vg.Points(17)
		}
		dc.FillText(sty, vg.Point{X: tx, Y: y}, clipToWidth(sty, n, dc.Max.X-tx-vg.Points(8)))
	}
}

// clipToWidth keeps a footnote inside the picture: a long title is cut with "…" where the
// text would pass the edge (letters differ in width, so a count of runes cannot say where).
// A citation ends with its date, which stays: the title gives way ("…, «A long tit…», 5 Sep
// 2025"). The full citation goes with the chart's caption.
func clipToWidth(sty draw.TextStyle, s string, room vg.Length) string {
	if sty.Width(s) <= room {
		return s
	}
	head, tail := s, ""
	if i := strings.LastIndex(s, ", "); i > 0 && utf8.RuneCountInString(s[i:]) <= maxKeptTail {
		head, tail = s[:i], s[i:]
	}
	r := []rune(head)
	for n := len(r) - 1; n > 0; n-- {
		if c := string(r[:n]) + "…" + tail; sty.Width(c) <= room {
			return c
		}
	}
	return "…"
}

// maxKeptTail is the longest ending (a date) a clipped footnote keeps.
const maxKeptTail = 40
