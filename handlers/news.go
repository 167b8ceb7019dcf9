package handlers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/storage"
)

// News is what the handler needs to announce knowledge-base changes and build digests.
type News struct {
	Subs    storage.SubscriptionStore
	Outbox  storage.Outbox
	Changes storage.ChangeLog
}

// FactVersions names each fact of the current base by a hash of what a reader sees of it:
// its texts, figures, kind, topic, dates and source. The questions that find it are not
// part of it: rewording them announces nothing.
func (h *Handler) FactVersions() []storage.FactVersion {
	kb := h.Engine().KB()
	out := make([]storage.FactVersion, 0, len(kb.Facts))
	for _, f := range kb.Facts {
		data, _ := json.Marshal(struct {
			Topic, Kind, Source, AsOf, Date string
			Quantities                      any
			Text                            any
		}{f.Topic, f.Kind, f.Source, f.AsOf, f.Date, f.Quantities, f.Text})
		sum := sha256.Sum256(data)
		out = append(out, storage.FactVersion{ID: f.ID, Topic: f.Topic, Hash: hex.EncodeToString(sum[:8])})
	}
	return out
}

// factNews is the text announcing one fact in lang: a heading, then the fact as /fact shows it.
func (h *Handler) factNews(id string, lang knowledge.Lang) string {
	r, ok := h.FactReply(id, lang)
	if !ok {
		return ""
	}
	return h.cat.T(string(lang), "NewsFact", nil, nil) + "\n\n" + r.Text
}

// Announce compares the base with the recorded fact versions and queues each new or changed
// fact, once per version (the item id holds it), for the chats that get news as it happens;
// the change is logged for the digests. The first run records the base without announcing it.
// It returns how many facts changed.
func (h *Handler) Announce(ctx context.Context, n News, now time.Time) (int, error) {
	facts := h.FactVersions()
	changed, baseline, err := n.Changes.DiffFacts(ctx, facts)
	if err != nil || baseline {
		if err == nil {
			err = n.Changes.RecordFacts(ctx, facts, nil, now)
		}
		return 0, err
	}
	if len(changed) == 0 {
		return 0, nil
	}
	subs, err := n.Subs.Subscriptions(ctx)
	if err != nil {
		return 0, err
	}
	// Queued before being recorded: a crash in between queues them again on the next run,
	// and the item ids keep that from sending anything twice.
	for _, f := range changed {
		var chats []int64
		for _, s := range subs {
			if s.Period == storage.Instant && s.Wants(f.Topic) {
				chats = append(chats, s.ChatID)
			}
		}
		item := storage.Item{ID: "fact:" + f.ID + ":" + f.Hash, Kind: "fact", Topic: f.Topic, Texts: map[string]string{}, Created: now}
		for _, l := range knowledge.Langs {
			item.Texts[string(l)] = h.factNews(f.ID, l)
		}
		if _, err := n.Outbox.Enqueue(ctx, item, chats); err != nil {
			return 0, err
		}
	}
	return len(changed), n.Changes.RecordFacts(ctx, facts, changed, now)
}

func periodLength(p string) time.Duration {
	switch p {
	case storage.Daily:
		return 24 * time.Hour
	case storage.Weekly:
		return 7 * 24 * time.Hour
	}
	return 0
}

// maxDigestFacts bounds a digest so that it fits one message.
const maxDigestFacts = 12

// Digests queues, for each chat on a daily or weekly period that is over, a digest of the
// facts changed since its last one in its topics — and nothing when nothing changed. The
// digest's id names the chat and its period, so replicas doing this at once queue it once.
func (h *Handler) Digests(ctx context.Context, n News, now time.Time) error {
	subs, err := n.Subs.Subscriptions(ctx)
	if err != nil {
		return err
	}
	for _, s := range subs {
		length := periodLength(s.Period)
		if length == 0 || now.Sub(s.LastDigest) < length {
			continue
		}
		changes, err := n.Changes.ChangesSince(ctx, s.LastDigest)
		if err != nil {
			return err
		}
		var ids []string
		for _, c := range changes {
			if s.Wants(c.Topic) && !slices.Contains(ids, c.ID) && h.Engine().KB().Fact(c.ID) != nil {
				ids = append(ids, c.ID)
			}
		}
		if len(ids) > 0 {
			lang := subLang(s, knowledge.EN)
			item := storage.Item{ID: fmt.Sprintf("digest:%d:%d", s.ChatID, s.LastDigest.Unix()), Kind: "digest",
				Texts: map[string]string{string(lang): h.digestText(lang, s.LastDigest, ids)}, Created: now}
			if _, err := n.Outbox.Enqueue(ctx, item, []int64{s.ChatID}); err != nil {
				return err
			}
		}
		// Saved only when the chat is still subscribed as it was read: a concurrent
		// /unsubscribe must not be undone.
		cur, ok, err := n.Subs.Subscription(ctx, s.ChatID)
		if err != nil || !ok || !cur.LastDigest.Equal(s.LastDigest) {
			continue
		}
		cur.LastDigest = now
		if err := n.Subs.SaveSubscription(ctx, cur); err != nil {
			return err
		}
	}
	return nil
}

func (h *Handler) digestText(lang knowledge.Lang, since time.Time, ids []string) string {
	l := string(lang)
	var b strings.Builder
	b.WriteString(h.cat.T(l, "DigestIntro", map[string]any{"Since": h.cat.Date(l, since.UTC().Format("2006-01-02"))}, nil))
	for i, id := range ids {
		if i == maxDigestFacts {
			b.WriteString("\n\n… +" + strconv.Itoa(len(ids)-i))
			break
		}
		f := h.Engine().KB().Fact(id)
		b.WriteString("\n\n• " + f.Text.In(lang) + "\n  " + h.sourceLine(l, f))
	}
	return b.String()
}
