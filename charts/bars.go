package charts

import (
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// bars draws one bar per figure at x = 0, 1, 2…: results filled, plans and forecasts as a
// dashed outline (a figure that has not happened must not look like one that has), each
// with its value above it.
type bars []Bar

const barWidth = 0.6 // of the space between two bars

func (bs bars) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	valueStyle := draw.TextStyle{Color: textColor, Font: font.From(sans, 11), Handler: plot.DefaultTextHandler,
		XAlign: text.XCenter, YAlign: text.YBottom}
	for i, b := range bs {
		x0, x1 := trX(float64(i)-barWidth/2), trX(float64(i)+barWidth/2)
		y0, y1 := trY(0), trY(b.Value)
		rect := []vg.Point{{X: x0, Y: y0}, {X: x0, Y: y1}, {X: x1, Y: y1}, {X: x1, Y: y0}}
		outline := draw.LineStyle{Color: resultColor, Width: vg.Points(1.5)}
		if b.Planned {
			c.FillPolygon(plannedFill, rect)
			outline.Dashes = []vg.Length{vg.Points(5), vg.Points(3)}
		} else {
			c.FillPolygon(resultColor, rect)
		}
		c.StrokeLines(outline, append(rect, rect[0]))
		c.FillText(valueStyle, vg.Point{X: (x0 + x1) / 2, Y: y1 + vg.Points(3)}, b.Text)
	}
}

// DataRange leaves room above the highest bar for its value.
func (bs bars) DataRange() (xmin, xmax, ymin, ymax float64) {
	for _, b := range bs {
		ymax = max(ymax, b.Value)
	}
	return -0.5, float64(len(bs)) - 0.5, 0, ymax * 1.12
}
