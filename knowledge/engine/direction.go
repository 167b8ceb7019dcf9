package engine

import "github.com/corridorbot/corridorbot/knowledge/text"

// asksReversal: "and the other way round?", "а наоборот?", "bəs əksinə?", "ал керісінше?"
// ask for the opposite direction of the previous question.
func asksReversal(toks []text.Token) bool { return text.HasWordIn(toks, text.ReversalWords) }
