package app

import (
	"context"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// Window is the detection window the detector's next pass uses: over the
// spend in force in the log, under the settings in force.
type Window struct {
	Settings   domain.Settings
	Start, End string // "YYYY-MM-DD", both included; "" when there is no window
}

// DetectionWindow folds the spend and settings streams of the log and
// returns the detection window they make (domain.DetectionWindow).
func DetectionWindow(ctx context.Context, store eventstore.Store) (Window, error) {
	ledger, gov := domain.NewSpendLedger(), domain.NewGovernance()
	f := folder{
		store:  store,
		filter: eventstore.Filter{StreamPrefixes: []string{domain.SpendStreamPrefix, domain.SettingsStream}},
		apply:  func(env domain.Envelope) { ledger.Apply(env); gov.Apply(env) },
	}
	if err := f.catchUp(ctx); err != nil {
		return Window{}, err
	}
	w := Window{Settings: gov.Settings}
	w.Start, w.End = domain.DetectionWindow(ledger.Facts(), gov.Settings)
	return w, nil
}
