package coder

import (
	"testing"

	"github.com/annals-dev/annals/doc"
)

// TestPairUpSameForce: two generic mentions of one force ("troops, backed
// by armoured cars") make no cooperation event; a conflict between two
// mentions with one code is kept, and so are two different actors.
func TestPairUpSameForce(t *testing.T) {
	troops := &doc.ActorMention{Actor: doc.Actor{Code: "TTOMIL", Name: "troops"}, Kind: "agent"}
	cars := &doc.ActorMention{Actor: doc.Actor{Code: "TTOMIL", Name: "armoured cars"}, Kind: "agent"}
	rebels := &doc.ActorMention{Actor: doc.Actor{Code: "TTOREB", Name: "rebels"}, Kind: "agent"}
	if got := pairUp([]*doc.ActorMention{cars}, []*doc.ActorMention{troops}, "05", false); len(got) != 0 {
		t.Errorf("root 05, one force: %d pairs, want 0", len(got))
	}
	if got := pairUp([]*doc.ActorMention{cars}, []*doc.ActorMention{troops}, "19", false); len(got) != 1 {
		t.Errorf("root 19, one code: %d pairs, want 1", len(got))
	}
	if got := pairUp([]*doc.ActorMention{rebels}, []*doc.ActorMention{troops}, "05", false); len(got) != 1 {
		t.Errorf("root 05, two actors: %d pairs, want 1", len(got))
	}
}
