package server

import (
	"os"
	"testing"
)

var fixtureDir string

func osMkdirTemp() (string, error) {
	d, err := os.MkdirTemp("", "annals-server-test")
	fixtureDir = d
	return d, err
}

// TestMain removes the shared fixture store after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDB != nil {
		fixtureDB.Close()
	}
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}
