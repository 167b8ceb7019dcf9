// Package engine wires the knowledge base to the parts that use it: one index shared by the
// answerer (package answer) and the claim checker (package claims). Handlers and the CLI use
// only this package and the base types of package knowledge.
package engine

import (
	"github.com/corridorbot/corridorbot/knowledge"
	"github.com/corridorbot/corridorbot/knowledge/answer"
	"github.com/corridorbot/corridorbot/knowledge/claims"
	"github.com/corridorbot/corridorbot/knowledge/index"
)

// Engine answers questions and checks claims from a knowledge base. It is safe for
// concurrent use.
type Engine struct {
	kb      *knowledge.KB
	ix      *index.Index
	answers *answer.Answerer
	claims  *claims.Checker
}

// NewEngine indexes a knowledge base.
func NewEngine(kb *knowledge.KB) *Engine {
	ix := index.NewIndex(kb)
	return &Engine{kb: kb, ix: ix, answers: answer.New(kb, ix), claims: claims.New(kb, ix)}
}

// The types of questions, answers and verdicts, as the rest of the product names them.
type (
	Query       = answer.Query
	Answer      = answer.Answer
	Comparison  = answer.Comparison
	Candidate   = answer.Candidate
	Verdict     = claims.Verdict
	CheckResult = claims.CheckResult
	ClaimResult = claims.ClaimResult
	Ruling      = claims.Ruling
)

// The verdicts.
const (
	Supported    = claims.Supported
	Contradicted = claims.Contradicted
	Unverifiable = claims.Unverifiable
)

// ReleaseQuestions lets the base drop the questions only retrieval needed, which the index now
// holds: a fact keeps one per language (the example a refusal suggests). At 10,000 facts they
// are most of the base's memory. The base must not be indexed again afterwards: serve and the
// CLI call it on a base they loaded for this engine alone.
func (e *Engine) ReleaseQuestions() { e.kb.KeepExampleQuestions() }

// KB returns the knowledge base the engine answers from.
func (e *Engine) KB() *knowledge.KB { return e.kb }

// Answer answers a question.
func (e *Engine) Answer(q Query) Answer { return e.answers.Answer(q) }

// ExplainAnswer writes why a question gets its answer or refusal.
func (e *Engine) ExplainAnswer(q Query) string { return e.answers.ExplainAnswer(q) }

// Check fact-checks the numeric claims of a text (a sentence, or a forwarded post).
func (e *Engine) Check(text string, lang knowledge.Lang) CheckResult {
	return e.claims.Check(text, lang)
}

// ExplainCheck writes why each clause of a claim got its verdict.
func (e *Engine) ExplainCheck(r CheckResult) string { return claims.ExplainCheck(r) }

// TermName is how a reply names a glossary term in a language: its first name there, else
// its English one.
func (e *Engine) TermName(id string, lang knowledge.Lang) string { return e.ix.TermName(id, lang) }
