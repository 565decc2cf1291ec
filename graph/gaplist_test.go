package graph

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/eventstore"
)

// listFinding is gap i of the list tests: every scenario, spends and last
// days with ties (so that the id tie-break shows), three models, two
// principals, tags on some, and one gap whose key is not its anchor (a
// workload: its id is the key, its name the anchor).
func listFinding(i int) domain.Finding {
	acct := []string{acctA, acctB}[i%2]
	anchor := fmt.Sprintf("arn:aws:iam::%s:role/finops-ai-bot-%02d", acct, i)
	key := anchor
	if i == 7 {
		key, anchor = "wl-7f3a", "Support Bot"
	}
	spend := decimal.RequireFromString([]string{"10.00", "25.50", "10.00", "7.25", "1200.10"}[i%5])
	var tags []string
	switch i % 4 {
	case 0:
		tags = []string{"user:team=chat"}
	case 1:
		tags = []string{"iamPrincipal/team=ml", "user:team=ml"}
	}
	return domain.Finding{
		Scenario: domain.AllScenarios[i%len(domain.AllScenarios)], Key: key, Anchor: anchor,
		SuggestedActions: []domain.ActionKind{domain.ActionNotifyProductOwner},
		Evidence: domain.Evidence{
			Spend: spend, SpendByPeriod: []domain.PeriodSpend{{Period: period, Spend: spend}},
			Accounts: []string{acct}, Regions: []string{"us-east-1"},
			Models:     []string{[]string{claudeModel, llamaModel, "Titan"}[i%3]},
			Principals: []domain.PrincipalEvidence{{Principal: "arn:aws:iam::" + acct + ":role/app"}},
			Tags:       tags,
			FirstSeen:  "2025-06-01", LastSeen: fmt.Sprintf("2025-06-%02d", 10+i%4),
			Rule: "test",
		},
	}
}

const listGaps = 13

// openListGaps opens the list tests' gaps as the detector would and waits for the read models.
func (s *stack) openListGaps(t *testing.T) []domain.Finding {
	t.Helper()
	findings := make([]domain.Finding, listGaps)
	var last eventstore.Position
	for i := range findings {
		findings[i] = listFinding(i)
		id := domain.GapID(findings[i].Scenario, findings[i].Key)
		last = s.appendEvents(t, domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: findings[i]})
	}
	s.waitProjected(t, last)
	return findings
}

type listedGap struct {
	ID       string `json:"id"`
	Scenario string `json:"scenario"`
	Spend    string `json:"spend"`
	LastSeen string `json:"lastSeen"`
}

type gapListPage struct {
	AllocationGaps struct {
		Edges []struct {
			Cursor string
			Node   listedGap
		}
		PageInfo struct {
			HasNextPage bool
			EndCursor   string
		}
		TotalCount int
	}
}

const gapListQuery = `query($filter: GapFilter, $order: GapOrder, $first: Int, $after: String) {
	allocationGaps(filter: $filter, orderBy: $order, first: $first, after: $after) {
		edges { cursor node { id scenario spend lastSeen } } pageInfo { hasNextPage endCursor } totalCount } }`

// listAll pages through the gap list, size gaps a page, and returns the ids in order.
func (s *stack) listAll(t *testing.T, token string, filter, order map[string]any, size int) ([]string, int) {
	t.Helper()
	var ids []string
	total := -1
	after := any(nil)
	for range listGaps + 2 {
		var page gapListPage
		s.gql(t, token, gapListQuery, map[string]any{"filter": filter, "order": order, "first": size, "after": after}, &page)
		if total >= 0 && page.AllocationGaps.TotalCount != total {
			t.Fatalf("totalCount changed between pages: %d then %d", total, page.AllocationGaps.TotalCount)
		}
		total = page.AllocationGaps.TotalCount
		for _, e := range page.AllocationGaps.Edges {
			ids = append(ids, e.Node.ID)
		}
		if !page.AllocationGaps.PageInfo.HasNextPage {
			return ids, total
		}
		after = page.AllocationGaps.PageInfo.EndCursor
	}
	t.Fatalf("order %v: paging does not end", order)
	return nil, 0
}

// expectedOrder sorts the findings' gap ids as the API must: by the order's
// key, ties by id, both in the order's direction.
func expectedOrder(findings []domain.Finding, key func(domain.Finding) string, numeric, desc bool) []string {
	type row struct{ key, id string }
	rows := make([]row, len(findings))
	for i, f := range findings {
		rows[i] = row{key(f), domain.GapID(f.Scenario, f.Key)}
	}
	slices.SortFunc(rows, func(a, b row) int {
		c := strings.Compare(a.key, b.key)
		if numeric {
			c = decimal.RequireFromString(a.key).Cmp(decimal.RequireFromString(b.key))
		}
		c = cmp.Or(c, strings.Compare(a.id, b.id))
		if desc {
			return -c
		}
		return c
	})
	ids := make([]string, len(rows))
	for i, r := range rows {
		ids[i] = r.id
	}
	return ids
}

func TestGapListOrdersPageStably(t *testing.T) {
	s := startStack(t, false)
	finance := s.token(t, "fin-1", "FINANCE")
	findings := s.openListGaps(t)

	spend := func(f domain.Finding) string { return f.Evidence.Spend.String() }
	lastSeen := func(f domain.Finding) string { return f.Evidence.LastSeen }
	scenario := func(f domain.Finding) string {
		return fmt.Sprint(slices.Index(domain.AllScenarios, f.Scenario))
	}
	for _, c := range []struct {
		name  string
		order map[string]any
		want  []string
	}{
		{"default: spend, largest first", nil, expectedOrder(findings, spend, true, true)},
		{"SPEND without direction", map[string]any{"field": "SPEND"}, expectedOrder(findings, spend, true, true)},
		{"SPEND ASC", map[string]any{"field": "SPEND", "direction": "ASC"}, expectedOrder(findings, spend, true, false)},
		{"LAST_SEEN without direction", map[string]any{"field": "LAST_SEEN"}, expectedOrder(findings, lastSeen, false, true)},
		{"LAST_SEEN ASC", map[string]any{"field": "LAST_SEEN", "direction": "ASC"}, expectedOrder(findings, lastSeen, false, false)},
		{"SCENARIO without direction", map[string]any{"field": "SCENARIO"}, expectedOrder(findings, scenario, false, false)},
		{"SCENARIO DESC", map[string]any{"field": "SCENARIO", "direction": "DESC"}, expectedOrder(findings, scenario, false, true)},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, size := range []int{1, 4, 50} {
				got, total := s.listAll(t, finance, nil, c.order, size)
				if !slices.Equal(got, c.want) || total != listGaps {
					t.Errorf("pages of %d: %d gaps (total %d)\n got %v\nwant %v", size, len(got), total, got, c.want)
				}
			}
		})
	}

	// A cursor resumes after its gap even when a gap opens ahead of it.
	var first gapListPage
	s.gql(t, finance, gapListQuery, map[string]any{"first": 3}, &first)
	ahead := listFinding(90)
	ahead.Evidence.Spend = decimal.RequireFromString("99999.99")
	id := domain.GapID(ahead.Scenario, ahead.Key)
	s.waitProjected(t, s.appendEvents(t, domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: ahead}))
	var rest gapListPage
	s.gql(t, finance, gapListQuery, map[string]any{"first": 50, "after": first.AllocationGaps.PageInfo.EndCursor}, &rest)
	var resumed []string
	for _, e := range append(first.AllocationGaps.Edges, rest.AllocationGaps.Edges...) {
		resumed = append(resumed, e.Node.ID)
	}
	if want := expectedOrder(findings, spend, true, true); !slices.Equal(resumed, want) {
		t.Errorf("paging across an insert ahead of the cursor:\n got %v\nwant %v", resumed, want)
	}

	// A cursor belongs to its order.
	_, r := s.postVars(t, finance, gapListQuery, map[string]any{"first": 2, "after": first.AllocationGaps.PageInfo.EndCursor,
		"order": map[string]any{"field": "LAST_SEEN"}})
	if msg, _ := onlyError(t, r, "BAD_USER_INPUT"); !strings.Contains(msg, "after") || !strings.Contains(msg, "LAST_SEEN") {
		t.Errorf("a SPEND cursor under LAST_SEEN: %q, want it to name after and the order", msg)
	}
	_, r = s.postVars(t, finance, gapListQuery, map[string]any{"order": map[string]any{"field": "COST"}})
	onlyError(t, r, "BAD_USER_INPUT")
}

func TestGapListFilters(t *testing.T) {
	s := startStack(t, false)
	po := s.token(t, "po-1", "PRODUCT_OWNER")
	findings := s.openListGaps(t)

	ids := func(match func(i int, f domain.Finding) bool) []string {
		var out []string
		for i, f := range findings {
			if match(i, f) {
				out = append(out, domain.GapID(f.Scenario, f.Key))
			}
		}
		slices.Sort(out)
		return out
	}
	for _, c := range []struct {
		name   string
		filter map[string]any
		want   []string
	}{
		{"models", map[string]any{"models": []string{llamaModel, "Titan"}},
			ids(func(i int, _ domain.Finding) bool { return i%3 != 0 })},
		{"principals", map[string]any{"principals": []string{"arn:aws:iam::" + acctB + ":role/app"}},
			ids(func(i int, _ domain.Finding) bool { return i%2 == 1 })},
		{"tags, exact key=value", map[string]any{"tags": []string{"user:team=chat"}},
			ids(func(i int, _ domain.Finding) bool { return i%4 == 0 })},
		{"a tag's value alone matches nothing", map[string]any{"tags": []string{"chat"}}, nil},
		{"tags and models together", map[string]any{"tags": []string{"user:team=ml"}, "models": []string{llamaModel}},
			ids(func(i int, _ domain.Finding) bool { return i%4 == 1 && i%3 == 1 })},
		{"search, any case", map[string]any{"search": "FINOPS-AI-BOT-1"},
			ids(func(i int, _ domain.Finding) bool { return i >= 10 })},
		{"search the readable anchor", map[string]any{"search": "support bot"},
			ids(func(i int, _ domain.Finding) bool { return i == 7 })},
		{"search the key behind it", map[string]any{"search": "wl-7f"},
			ids(func(i int, _ domain.Finding) bool { return i == 7 })},
		{"search % is a character, not a wildcard", map[string]any{"search": "%"}, nil},
		{"search _ is a character, not a wildcard", map[string]any{"search": "bot_0"}, nil},
		{"search with accounts and scenarios", map[string]any{"search": "role/finops-ai", "accountIds": []string{acctA},
			"scenarios": []string{string(domain.AllScenarios[0]), string(domain.AllScenarios[2])}},
			ids(func(i int, f domain.Finding) bool {
				return i != 7 && i%2 == 0 && (f.Scenario == domain.AllScenarios[0] || f.Scenario == domain.AllScenarios[2])
			})},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, total := s.listAll(t, po, c.filter, nil, 2)
			slices.Sort(got)
			if !slices.Equal(got, c.want) || total != len(c.want) {
				t.Errorf("filter %v: %d gaps (totalCount %d)\n got %v\nwant %v", c.filter, len(got), total, got, c.want)
			}
		})
	}
}

// gapChanged takes the list's filter: a subscriber hears only of gaps that pass it.
func TestGapChangedTakesTheListFilter(t *testing.T) {
	s := startStack(t, false)
	lead := s.token(t, "lead-1", "FINOPS_LEAD")
	sub := s.subscribeWS(t, "graphql-transport-ws", lead, `subscription($f: GapFilter) { gapChanged(filter: $f) { kind gap { id anchor } } }`,
		map[string]any{"f": map[string]any{"tags": []string{"user:team=chat"}, "models": []string{claudeModel}, "search": "BOT"}})
	s.waitSubscribers(t, 1)

	// Gap 3 has no tag, gap 4 the tag but not the model, gap 0 all three.
	for _, i := range []int{3, 4, 0} {
		f := listFinding(i)
		id := domain.GapID(f.Scenario, f.Key)
		s.waitProjected(t, s.appendEvents(t, domain.GapStream(id), domain.SystemDetector, domain.GapOpened{GapID: id, Finding: f}))
	}
	ctx, cancel := context.WithTimeout(context.Background(), waitLimit)
	defer cancel()
	data, err := sub.next(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		GapChanged struct {
			Kind string
			Gap  struct{ ID, Anchor string }
		}
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	want := listFinding(0)
	if got.GapChanged.Gap.ID != domain.GapID(want.Scenario, want.Key) || got.GapChanged.Kind != domain.EventGapOpened {
		t.Errorf("first change heard: %+v, want gap 0 (%s) opened", got.GapChanged, want.Anchor)
	}
}
