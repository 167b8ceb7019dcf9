package cli

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"
	"unicode/utf16"

	"go.yaml.in/yaml/v3"

	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/storage"
	"github.com/corridorbot/corridorbot/storage/redisstore"
)

// maxMessageLen is Telegram's limit of a message, in UTF-16 code units as Telegram counts.
const maxMessageLen = 4096

// runBroadcast queues an editor's announcement for the subscribers of a topic, or shows how the
// announcements were delivered (broadcast status).
func runBroadcast(ctx context.Context, args []string, env Env) error {
	if len(args) > 0 && args[0] == "status" {
		return runBroadcastStatus(ctx, args[1:], env)
	}
	fl := flag.NewFlagSet("broadcast", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	topic := fl.String("topic", "", "the topic whose subscribers get it: "+strings.Join(knowledge.Topics, ", "))
	file := fl.String("file", "", "YAML file mapping ru, az, kk, en to the text (English required)")
	if err := fl.Parse(args); err != nil {
		return usagef("broadcast: %v", err)
	}
	if fl.NArg() > 0 {
		return usagef("usage: broadcast -topic TOPIC -file message.yaml | broadcast status [-json]")
	}
	if !slices.Contains(knowledge.Topics, *topic) {
		return usagef("broadcast: unknown topic %q: want one of %s", *topic, strings.Join(knowledge.Topics, ", "))
	}
	if *file == "" {
		return usagef("broadcast: -file is required (YAML mapping ru, az, kk, en to the text)")
	}
	texts, err := readAnnouncement(*file)
	if err != nil {
		return usagef("broadcast: %s: %v", *file, err)
	}
	url := env.Getenv("REDIS_URL")
	if url == "" {
		return errors.New("REDIS_URL is not set: an announcement is queued in the Redis the bot delivers from")
	}
	rs, err := redisstore.New(ctx, url, redisstore.Options{KeyPrefix: env.Getenv("REDIS_KEY_PREFIX")})
	if err != nil {
		return err
	}
	defer rs.Close()
	subs, err := rs.Subscriptions(ctx)
	if err != nil {
		return err
	}
	var chats []int64
	for _, s := range subs {
		if s.Wants(*topic) {
			chats = append(chats, s.ChatID)
		}
	}
	now := time.Now().UTC()
	var suffix [3]byte
	_, _ = rand.Read(suffix[:])
	item := storage.Item{ID: "broadcast:" + now.Format("20060102T150405") + "-" + hex.EncodeToString(suffix[:]),
		Kind: "broadcast", Topic: *topic, Texts: texts, Created: now}
	if _, err := rs.Enqueue(ctx, item, chats); err != nil {
		return err
	}
	fmt.Fprintln(env.Stdout, item.ID)
	fmt.Fprintf(env.Stderr, "queued for %d subscribed chat(s)\n", len(chats))
	return nil
}

// readAnnouncement reads and checks an announcement file: a map of known languages to texts,
// English present, each text within Telegram's limit.
func readAnnouncement(name string) (map[string]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var texts map[string]string
	if err := yaml.Unmarshal(data, &texts); err != nil {
		return nil, fmt.Errorf("not valid YAML mapping languages to texts: %v", err)
	}
	for lang, text := range texts {
		l, ok := knowledge.ParseLang(lang)
		if !ok || string(l) != lang {
			return nil, fmt.Errorf("unknown language %q: want ru, az, kk or en", lang)
		}
		text = strings.TrimSpace(text)
		if text == "" {
			return nil, fmt.Errorf("the %s text is empty", lang)
		}
		if n := len(utf16.Encode([]rune(text))); n > maxMessageLen {
			return nil, fmt.Errorf("the %s text has %d characters; Telegram takes at most %d", lang, n, maxMessageLen)
		}
		texts[lang] = text
	}
	if texts["en"] == "" {
		return nil, errors.New("no English text (en): chats in a language the file lacks get the English one")
	}
	return texts, nil
}

// runBroadcastStatus prints queued, sent, failed and dead-lettered deliveries per announcement
// and per announced fact, newest first.
func runBroadcastStatus(ctx context.Context, args []string, env Env) error {
	fl := flag.NewFlagSet("broadcast status", flag.ContinueOnError)
	fl.SetOutput(env.Stderr)
	asJSON := fl.Bool("json", false, "print JSON Lines")
	n := fl.Int("n", 20, "how many of the newest items (0 = all)")
	if err := fl.Parse(args); err != nil || fl.NArg() > 0 {
		return usagef("usage: broadcast status [-json] [-n N]")
	}
	url := env.Getenv("REDIS_URL")
	if url == "" {
		return errors.New("REDIS_URL is not set: the deliveries are recorded in the Redis the bot delivers from")
	}
	rs, err := redisstore.New(ctx, url, redisstore.Options{KeyPrefix: env.Getenv("REDIS_KEY_PREFIX")})
	if err != nil {
		return err
	}
	defer rs.Close()
	items, err := rs.Status(ctx, *n)
	if err != nil {
		return err
	}
	if !*asJSON {
		fmt.Fprintf(env.Stdout, "%-40s %-9s %-10s %-20s %7s %7s %7s %7s %7s\n", "ID", "KIND", "TOPIC", "CREATED", "QUEUED", "SENT", "FAILED", "DEAD", "SKIPPED")
	}
	for _, it := range items {
		if *asJSON {
			if err := writeJSON(env.Stdout, it); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(env.Stdout, "%-40s %-9s %-10s %-20s %7d %7d %7d %7d %7d\n", it.ID, it.Kind, it.Topic,
			it.Created.UTC().Format(time.RFC3339), it.Queued, it.Sent, it.Failed, it.Dead, it.Skipped)
	}
	return nil
}
