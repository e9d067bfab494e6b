// Package samples embeds Annals' own sample news articles: short, dated
// English texts about real public political events (2015-2025), written for
// the project to exercise the whole pipeline (dates, actors, places, event
// coding). Each file starts with a line "date YYYY-MM-DD"; the body follows
// on the same line or after an optional headline line and a blank line.
// The gold/ directory holds hand-made reference annotations for some of them.
package samples

import "embed"

// FS holds the sample articles (*.txt) at its root.
//
//go:embed *.txt
var FS embed.FS
