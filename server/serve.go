package server

import (
	"context"
	"errors"
	"log"
	"net"
	"net/http"
	"time"
)

// Serve serves h on ln with bounded timeouts until ctx is done, then shuts
// down gracefully.
func Serve(ctx context.Context, ln net.Listener, h http.Handler, logger *log.Logger) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          logger,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// ListenAndServe listens on addr (port 0 picks a free port), calls ready
// with the server's base URL ("http://127.0.0.1:PORT/") once it accepts
// connections, and serves h until ctx is done (see Serve).
func ListenAndServe(ctx context.Context, addr string, h http.Handler, logger *log.Logger, ready func(url string)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	if ready != nil {
		ready("http://" + ln.Addr().String() + "/")
	}
	return Serve(ctx, ln, h, logger)
}
