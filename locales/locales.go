// Package locales holds every user-visible phrase of the product in Russian, Azerbaijani,
// Kazakh and English (go-i18n message files), and renders them.
package locales

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

//go:embed *.yaml
var files embed.FS

// Catalog renders messages in the four languages.
type Catalog struct {
	bundle     *i18n.Bundle
	localizers map[string]*i18n.Localizer
}

// Languages are the codes of the message files, in the order the product lists them.
var Languages = []string{"ru", "az", "kk", "en"}

// New loads the embedded message files.
func New() (*Catalog, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	c := &Catalog{bundle: b, localizers: map[string]*i18n.Localizer{}}
	for _, l := range Languages {
		if _, err := b.LoadMessageFileFS(files, l+".yaml"); err != nil {
			return nil, fmt.Errorf("load locale %s: %w", l, err)
		}
		// English is the fallback for a message a translation lacks.
		c.localizers[l] = i18n.NewLocalizer(b, l, "en")
	}
	return c, nil
}

// T renders a message. data may be nil; count, when not nil, selects the plural form.
// A missing message renders as its id, so a gap shows up in tests instead of a panic.
func (c *Catalog) T(lang, id string, data map[string]any, count any) string {
	loc := c.localizers[lang]
	if loc == nil {
		loc = c.localizers["en"]
	}
	if count != nil {
		if data == nil {
			data = map[string]any{}
		}
		if _, ok := data["Count"]; !ok {
			data["Count"] = count
		}
	}
	s, err := loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data, PluralCount: count})
	if err != nil {
		return id
	}
	return s
}

// Date formats "2025-10-21", "2025-10" or "2025" in a language: "21 Oct 2025",
// "21 октября 2025 г.", "21 oktyabr 2025", "2025 жылғы 21 қазан".
func (c *Catalog) Date(lang, iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err == nil {
		return c.T(lang, "DateDay", map[string]any{
			"Day": t.Day(), "Month": c.T(lang, "MonthOf"+strconv.Itoa(int(t.Month())), nil, nil), "Year": t.Year(),
		}, nil)
	}
	if t, err := time.Parse("2006-01", iso); err == nil {
		return c.T(lang, "DateMonth", map[string]any{
			"Month": c.T(lang, "Month"+strconv.Itoa(int(t.Month())), nil, nil), "Year": t.Year(),
		}, nil)
	}
	return strings.TrimSpace(iso)
}
