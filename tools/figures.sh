#!/usr/bin/env bash
# Figures of evaluation sets as the README reports them, read from the pinned outcomes in
# knowledge/testdata/golden.tsv (run `go test ./knowledge/engine -run Golden` first so it is
# current). Usage: tools/figures.sh IJK LMN …   (held-out sets)   tools/figures.sh rt51 rt50 …
set -euo pipefail
td="$(dirname "$0")/../knowledge/testdata"
golden="$td/golden.tsv"
for set in "$@"; do
  case "$set" in
  rt*)
    n=${set#rt}; f="$td/redteam${n}_check.tsv"
    # A trick is any row not expected supported: wrong there means it was called supported.
    awk -F'\t' -v pre="redteam${n}_check:" '
      FNR==NR { if ($1 !~ /^#/ && NF>=3) want[pre $1]=$3; next }
      ($1 in want) { if (want[$1]=="supported") { c++; if ($2=="right") cr++ }
                    else if ($2=="WRONG" && $3 ~ /^supported/) { fs++; bad=bad " " substr($1, length(pre)+1) } }
      END { printf "red team %s: false supported %d%s; controls %d/%d\n", "'"$n"'", fs, (fs? " (" bad " )" : ""), cr, c }
    ' "$f" "$golden" ;;
  *)
    awk -F'\t' -v s="$set" '
      index($1, "held" s "_ask:") == 1 { split($1, a, ":"); l=substr(a[2], length(s)+2, 2); at[l]++; if ($2=="right") ar[l]++ }
      index($1, "held" s "_negative:") == 1 { nt++; if ($2=="right") nr++ }
      index($1, "held" s "_check:") == 1 { ct++; if ($2=="right") cr++; if ($2=="WRONG" && $3 ~ /^supported/) fs++ }
      END {
        printf "%s answers %d/%d (ru %d az %d kk %d en %d), refusals %d/%d, claims %d/%d, false supported %d\n",
          s, ar["ru"]+ar["az"]+ar["kk"]+ar["en"], at["ru"]+at["az"]+at["kk"]+at["en"], ar["ru"], ar["az"], ar["kk"], ar["en"], nr, nt, cr, ct, fs+0
      }' "$golden"
    f="$td/held${set}_check.tsv"
    [ -f "$f" ] && awk -F'\t' -v pre="held${set}_check:" '
      FNR==NR { if ($1 !~ /^#/ && NF>=4) fig[pre $1]=($4 ~ /[0-9]/); next }
      ($1 in fig) { k=fig[$1]?"fig":"nofig"; t[k]++; if ($2=="right") r[k]++ }
      END { printf "  claims with a figure %d/%d, without %d/%d\n", r["fig"], t["fig"], r["nofig"], t["nofig"] }
    ' "$f" "$golden" ;;
  esac
done
