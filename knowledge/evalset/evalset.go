// Package evalset reads the evaluation files (knowledge/testdata/*.tsv) and compares an answer
// with a row's expected text the way ../shared/eval/run_eval.py does, so the tests, the tuning
// and bench/ score alike.
package evalset

import (
	"bufio"
	"os"
	"regexp"
	"strings"
)

// Read returns the rows of a tab-separated file, skipping blank lines and # comments.
func Read(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows, sc.Err()
}

var (
	decimalComma  = regexp.MustCompile(`(\d),(\d)`)
	thousandSpace = regexp.MustCompile(`(\d)[ \x{a0}\x{202f}](\d{3})`)
)

// norm is the evaluation's comparison: case-insensitive, 3,6 = 3.6, 1 000 = 1000.
func norm(s string) string {
	s = strings.ToLower(s)
	s = decimalComma.ReplaceAllString(s, "$1.$2")
	return thousandSpace.ReplaceAllString(s, "$1$2")
}

// ExpectedIn reports whether msg contains one of the |-separated expected texts.
func ExpectedIn(msg, expected string) bool {
	m := norm(msg)
	for _, e := range strings.Split(expected, "|") {
		if strings.Contains(m, norm(e)) {
			return true
		}
	}
	return false
}
