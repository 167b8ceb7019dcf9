package locales

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// messageID is the shape of a message id: CamelCase, starting with a capital.
var messageID = regexp.MustCompile(`^[A-Z][A-Za-z0-9]+$`)

// usedIDs finds the message ids the product's Go code names literally: arguments of T and
// plain, values of maps of labels, and what the functions naming messages (…Message, …Name)
// return. Ids built at run time (Topic+name, Cmd+name, Month+n) are listed by the tests of
// their packages.
func usedIDs(t *testing.T) map[string]string {
	t.Helper()
	ids := map[string]string{}
	fset := token.NewFileSet()
	add := func(e ast.Expr) {
		if lit, ok := e.(*ast.BasicLit); ok && lit.Kind == token.STRING {
			if s, err := strconv.Unquote(lit.Value); err == nil && messageID.MatchString(s) {
				ids[s] = fset.Position(lit.Pos()).String()
			}
		}
	}
	for _, dir := range []string{"../handlers", "../bot", "../cli", "."} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			src, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			f, err := parser.ParseFile(fset, name, src, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					name := ""
					switch fn := n.Fun.(type) {
					case *ast.SelectorExpr:
						name = fn.Sel.Name
					case *ast.Ident:
						name = fn.Name
					}
					if name == "T" && len(n.Args) >= 2 {
						add(n.Args[1])
					}
					if (name == "plain" || name == "Text") && len(n.Args) == 2 {
						add(n.Args[1])
					}
				case *ast.KeyValueExpr:
					// Values of label maps keyed by constants (verdictLabels); a key written
					// as a string is a template field, not a message.
					if _, isLit := n.Key.(*ast.BasicLit); !isLit {
						add(n.Value)
					}
				case *ast.FuncDecl:
					if strings.HasSuffix(n.Name.Name, "Message") && n.Body != nil {
						ast.Inspect(n.Body, func(m ast.Node) bool {
							if r, ok := m.(*ast.ReturnStmt); ok {
								for _, e := range r.Results {
									add(e)
								}
							}
							return true
						})
					}
				case *ast.AssignStmt:
					// id := "CompareLarger"; id = "CompareEqual"
					for i, l := range n.Lhs {
						if v, ok := l.(*ast.Ident); ok && v.Name == "id" && i < len(n.Rhs) {
							add(n.Rhs[i])
						}
					}
				}
				return true
			})
		}
	}
	return ids
}

// Every message id the code uses is in all four files: a missing one would be shown to users
// as the id itself.
func TestEveryUsedMessageExistsInEveryLanguage(t *testing.T) {
	used := usedIDs(t)
	if len(used) < 50 {
		t.Fatalf("found only %d message ids in the code; the scan is broken", len(used))
	}
	for _, l := range Languages {
		have := ids(t, l)
		for id, where := range used {
			if !slices.Contains(have, id) {
				t.Errorf("%s.yaml lacks %s (used at %s)", l, id, where)
			}
		}
	}
}
