package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/allocation-gaps/gaps/notify"
)

// A Notify decision taken through the API of `gaps serve` reaches the
// product owner as a signed webhook, and the gap shows it SENT.
func TestServeDeliversANotifyDecision(t *testing.T) {
	t.Parallel()
	got := make(chan string, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Header.Get(notify.HeaderSignature) != notify.Sign([]byte("hook-secret"), r.Header.Get(notify.HeaderTimestamp), body) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		got <- string(body)
	}))
	defer hook.Close()
	routes := filepath.Join(t.TempDir(), "routes.yaml")
	if err := os.WriteFile(routes, []byte("owners:\n  priya@example.com: {webhook: "+hook.URL+"}\nfinops: {webhook: "+hook.URL+"/finops}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	in := newInstallation(t, "GAPS_DEV=1", "GAPS_NOTIFY_ROUTES="+routes, "GAPS_NOTIFY_WEBHOOK_SECRET=hook-secret", "GAPS_PUBLIC_URL=https://console.example")
	srv, base, _ := in.serveSampleGaps()
	defer srv.stop()
	token := strings.TrimSpace(in.mustRun("token", "--role", "FINOPS_LEAD", "--sub", "lead").stdout)

	var gaps struct {
		AllocationGaps struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	queryInto(t, base, token, `{ allocationGaps(filter: {scenarios: [UNCLAIMED_AI_ALLOCATION], states: [ACTIVE]}, first: 1) { edges { node { id } } } }`, &gaps)
	if len(gaps.AllocationGaps.Edges) == 0 {
		t.Fatal("the sample has no active UNCLAIMED_AI_ALLOCATION gap")
	}
	id := gaps.AllocationGaps.Edges[0].Node.ID
	var acted struct {
		ActionGap struct{ Gap struct{ State string } }
	}
	queryInto(t, base, token, fmt.Sprintf(`mutation { actionGap(input: {gapId: %q, action: NOTIFY_PRODUCT_OWNER,
		rationale: "who runs this?", productOwner: "priya@example.com"}) { gap { state } } }`, id), &acted)

	select {
	case body := <-got:
		if !strings.Contains(body, `"link":"https://console.example/gaps/`+id+`"`) || !strings.Contains(body, `"recipient":"priya@example.com"`) {
			t.Errorf("webhook body %s: want the owner and the gap's link", body)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("no signed webhook arrived")
	}
	var view struct {
		Gap struct {
			Notifications []struct{ To, Channel, Status, Rule string }
		}
	}
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		queryInto(t, base, token, fmt.Sprintf(`{ gap(id: %q) { notifications { to channel status rule } } }`, id), &view)
		n := view.Gap.Notifications
		if len(n) == 2 && n[1].Channel == "webhook" && n[1].Status == "SENT" && n[1].Rule == "product owner on the governance records" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the gap shows %+v; want the in-app note and the webhook delivery SENT", n)
		}
	}
}
