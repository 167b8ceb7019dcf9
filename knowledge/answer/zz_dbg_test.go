//go:build tune

package answer

import (
	"fmt"
	"os"
	"testing"

	"github.com/corridorbot/corridorbot/knowledge/text"
)

func TestZZ(t *testing.T) {
	toks := text.Tokenize(os.Getenv("Q"), nil)
	for _, tk := range toks {
		fmt.Printf("%q num=%v period=%v whole=%v\n", tk.Text, tk.Num, text.PeriodWords[tk.Text], text.HasPrefixIn(tk.Text, text.WholeWords))
	}
	fmt.Println(wholeYear(toks))
}
