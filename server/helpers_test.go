package server

import "os"

func osMkdirTemp() (string, error) { return os.MkdirTemp("", "annals-server-test") }
