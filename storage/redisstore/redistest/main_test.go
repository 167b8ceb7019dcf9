package redistest

import (
	"os"
	"testing"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/logging"
)

func TestMain(m *testing.M) {
	// The tests probe addresses where nothing listens; go-redis would report each failed dial.
	redis.SetLogger(&logging.VoidLogger{})
	os.Exit(m.Run())
}
