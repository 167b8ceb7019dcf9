package bot

import (
	"sync"
	"time"
)

// floodGuard limits how many messages one user may send in a window. Past the limit the user
// gets one "slow down" reply and then silence until the window moves on.
type floodGuard struct {
	mu     sync.Mutex
	limit  int
	window time.Duration
	now    func() time.Time
	users  map[int64]*floodState
}

type floodState struct {
	start  time.Time
	count  int
	warned bool
}

func newFloodGuard(limit int, window time.Duration) *floodGuard {
	return &floodGuard{limit: limit, window: window, now: time.Now, users: map[int64]*floodState{}}
}

// allow reports whether to handle a message from user; warn is true exactly once per flood.
func (g *floodGuard) allow(user int64) (ok, warn bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	st := g.users[user]
	if st == nil || now.Sub(st.start) >= g.window {
		if len(g.users) > 100000 {
			for id, s := range g.users {
				if now.Sub(s.start) >= g.window {
					delete(g.users, id)
				}
			}
		}
		st = &floodState{start: now}
		g.users[user] = st
	}
	st.count++
	if st.count <= g.limit {
		return true, false
	}
	if !st.warned {
		st.warned = true
		return false, true
	}
	return false, false
}
