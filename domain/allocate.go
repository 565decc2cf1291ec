package domain

import (
	"cmp"
	"maps"
	"math/big"
	"slices"

	"github.com/shopspring/decimal"
)

// Allocation bases (docs/DESIGN.md §9).
const (
	BasisBefore = "before" // no claims applied: every line split by its account's budget shares
	BasisAfter  = "after"  // claims in force on the usage day applied
)

// UnassignedBudget takes the spend of an account with no budgets.
const UnassignedBudget = "UNASSIGNED"

// AllocationPlaces is the least number of decimal places a split is exact
// to; a cost with a finer scale of its own (CUR costs often carry 8–10
// places) is split at that scale, so every part is a whole number of the
// line's own smallest unit.
const AllocationPlaces = 6

// LedgerEntry is one part of one spend fact booked to a budget.
type LedgerEntry struct {
	Fact       int     `json:"fact"`  // index of the fact in the facts given to AllocatePeriod
	Basis      string  `json:"basis"` // BasisBefore or BasisAfter
	Day        string  `json:"day"`   // the fact's usage day
	AccountID  string  `json:"accountId"`
	Budget     string  `json:"budget"`
	Amount     Decimal `json:"amount"`
	WorkloadID string  `json:"workloadId,omitempty"` // BasisAfter, when a claim took the whole fact
	ClaimID    string  `json:"claimId,omitempty"`
}

// BudgetTotal is one budget's spend in one period, before and after claims.
type BudgetTotal struct {
	Budget string  `json:"budget"`
	Period string  `json:"period"`
	Before Decimal `json:"before"`
	After  Decimal `json:"after"`
	Delta  Decimal `json:"delta"` // After − Before
}

// Allocation is the budget allocation of one billing period.
type Allocation struct {
	Period  string
	Entries []LedgerEntry // by fact, "before" entries first, budgets in the account's order
	Totals  []BudgetTotal // sorted by budget
}

// AllocatePeriod allocates the attributable AI facts of a billing period to
// budgets (docs/DESIGN.md §9). Adjustment lines (Tax, Credit, Refund, Fee…) are
// left out: they belong to no usage a workload can own, and counting them
// would make "before" and "after" disagree with the attributable spend the
// gaps show. The whole period counts, not just the detection window.
//
// For each fact, "before" splits the cost across its account's budgets by
// share (evenly when no share is given; UNASSIGNED when the account has no
// budget). "After" gives the whole cost to the budget of the workload whose
// claim is in force on the fact's usage day, through the same anchor rule as
// detection; without one it repeats the "before" split. The entries of a
// fact on each basis sum exactly to its cost.
func AllocatePeriod(facts []SpendFact, g *Governance, period string) Allocation {
	claims := newClaimIndex(g)
	principals := principalCache{}
	out := Allocation{Period: period}
	for i := range facts {
		f := &facts[i]
		if f.Period != period || !f.Attributable() {
			continue
		}
		before := splitToBudgets(LedgerEntry{Fact: i, Basis: BasisBefore, Day: f.Day, AccountID: f.AccountID}, f.Cost, g.Budgets[f.AccountID])
		out.Entries = append(out.Entries, before...)
		anchors, _, _ := principals.anchorsOf(f)
		if r := claims.chargedOn(anchors, f.Day); r != nil {
			out.Entries = append(out.Entries, LedgerEntry{
				Fact: i, Basis: BasisAfter, Day: f.Day, AccountID: f.AccountID,
				Budget: cmp.Or(r.workload.Budget, UnassignedBudget), Amount: f.Cost,
				WorkloadID: r.workload.ID, ClaimID: r.claim.ID,
			})
			continue
		}
		for _, e := range before {
			e.Basis = BasisAfter
			out.Entries = append(out.Entries, e)
		}
	}
	out.Totals = budgetTotals(out.Entries, period)
	return out
}

// splitToBudgets is the "before" split of one fact's cost: copies of entry
// with their budget and amount set.
func splitToBudgets(entry LedgerEntry, cost Decimal, budgets []BudgetShare) []LedgerEntry {
	if len(budgets) == 0 {
		entry.Budget, entry.Amount = UnassignedBudget, cost
		return []LedgerEntry{entry}
	}
	weights := make([]Decimal, len(budgets))
	for i, b := range budgets {
		weights[i] = b.Share
	}
	parts := SplitExact(cost, weights, AllocationPlaces)
	entries := make([]LedgerEntry, len(budgets))
	for i, b := range budgets {
		entries[i] = entry
		entries[i].Budget, entries[i].Amount = b.Budget, parts[i]
	}
	return entries
}

func budgetTotals(entries []LedgerEntry, period string) []BudgetTotal {
	type sums struct{ before, after Decimal }
	byBudget := map[string]*sums{}
	for _, e := range entries {
		s := byBudget[e.Budget]
		if s == nil {
			s = &sums{}
			byBudget[e.Budget] = s
		}
		if e.Basis == BasisBefore {
			s.before = s.before.Add(e.Amount)
		} else {
			s.after = s.after.Add(e.Amount)
		}
	}
	totals := make([]BudgetTotal, 0, len(byBudget))
	for _, b := range slices.Sorted(maps.Keys(byBudget)) {
		s := byBudget[b]
		totals = append(totals, BudgetTotal{
			Budget: b, Period: period,
			Before: canonicalDecimal(s.before), After: canonicalDecimal(s.after),
			Delta: canonicalDecimal(s.after.Sub(s.before)),
		})
	}
	return totals
}

// SplitExact splits amount into len(weights) parts proportional to weights
// that sum exactly to amount. Parts are multiples of 10^-places, where
// places is raised to amount's own scale when that is finer (otherwise no
// exact split exists). Each part gets the floor of its exact quota, and the
// units left over go one each to the largest remainders, ties to the lower
// index. A negative amount is split as its absolute value, negated.
// Negative weights count as zero; weights summing to zero split evenly.
// No weights: nil.
func SplitExact(amount Decimal, weights []Decimal, places int32) []Decimal {
	if len(weights) == 0 {
		return nil
	}
	places = max(places, -amount.Exponent())
	units := amount.Shift(places).BigInt() // exact: amount has at most places decimals
	negative := units.Sign() < 0
	units.Abs(units)

	w := integerWeights(weights)
	total := new(big.Int)
	for _, wi := range w {
		total.Add(total, wi)
	}
	parts := make([]*big.Int, len(w))
	remainders := make([]*big.Int, len(w))
	left := new(big.Int).Set(units)
	for i, wi := range w {
		parts[i], remainders[i] = new(big.Int).QuoRem(new(big.Int).Mul(units, wi), total, new(big.Int))
		left.Sub(left, parts[i])
	}
	// left < len(w): the floors lose less than one unit each.
	order := make([]int, len(w))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return remainders[b].Cmp(remainders[a]) })
	for _, i := range order[:left.Int64()] {
		parts[i].Add(parts[i], big.NewInt(1))
	}

	out := make([]Decimal, len(parts))
	for i, p := range parts {
		if negative {
			p.Neg(p)
		}
		out[i] = decimal.NewFromBigInt(p, -places)
	}
	return out
}

// integerWeights scales weights to whole numbers with the same ratios.
func integerWeights(weights []Decimal) []*big.Int {
	var scale int32
	for _, w := range weights {
		scale = max(scale, -w.Exponent())
	}
	out := make([]*big.Int, len(weights))
	positive := false
	for i, w := range weights {
		out[i] = big.NewInt(0)
		if w.IsPositive() {
			out[i] = w.Shift(scale).BigInt()
			positive = true
		}
	}
	if !positive {
		for i := range out {
			out[i] = big.NewInt(1)
		}
	}
	return out
}

// AllocationReach is what the allocation of one period's facts reads from
// governance: the accounts whose budgets split them, and the usage days of
// the facts behind each anchor a claim can take them through. A governance
// change that reaches none of it leaves the period's allocation as it was,
// so a projection need not allocate the period again.
type AllocationReach struct {
	accounts   map[string]bool
	anchorDays map[anchorKey]map[string]bool
}

// NewAllocationReach indexes the facts that AllocatePeriod(facts, _, period)
// allocates.
func NewAllocationReach(facts []SpendFact, period string) AllocationReach {
	r := AllocationReach{accounts: map[string]bool{}, anchorDays: map[anchorKey]map[string]bool{}}
	principals := principalCache{}
	for i := range facts {
		f := &facts[i]
		if f.Period != period || !f.Attributable() {
			continue
		}
		r.accounts[f.AccountID] = true
		anchors, _, _ := principals.anchorsOf(f)
		for _, k := range anchors {
			if k.kind == 0 {
				continue
			}
			days := r.anchorDays[k]
			if days == nil {
				days = map[string]bool{}
				r.anchorDays[k] = days
			}
			days[f.Day] = true
		}
	}
	return r
}

// ReadsBudgetsOf reports whether the allocation splits spend of account by
// its budgets.
func (r AllocationReach) ReadsBudgetsOf(account string) bool { return r.accounts[account] }

// ReadsClaim reports whether c, as it stands, is in force on the usage day
// of a fact claimable through its anchor. A claim added, removed or changed
// (or whose workload's budget changed) can move the allocation only if this
// holds for its version before or after the change: elsewhere it takes no
// fact, and outranks no claim that does.
func (r AllocationReach) ReadsClaim(c *Claim) bool {
	k, ok := claimAnchorKey(c)
	if !ok {
		return false
	}
	for day := range r.anchorDays[k] {
		if c.InForceOn(day) {
			return true
		}
	}
	return false
}
