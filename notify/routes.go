package notify

import (
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/shopspring/decimal"

	"github.com/allocation-gaps/gaps/domain"
)

// Destination is where one recipient's messages go: any of a generic
// webhook, a Slack-compatible incoming webhook and an email address. Each
// one set receives its own delivery.
type Destination struct {
	Webhook string `yaml:"webhook"`
	Slack   string `yaml:"slack"`
	Email   string `yaml:"email"`
}

func (d Destination) empty() bool { return d.Webhook == "" && d.Slack == "" && d.Email == "" }

// Routes is the routing file (GAPS_NOTIFY_ROUTES), YAML or JSON.
type Routes struct {
	// Owners maps a product owner, or a tag as "key=value", to a destination.
	Owners map[string]Destination `yaml:"owners"`
	// Default receives a known product owner's messages when Owners has no entry for it.
	Default Destination `yaml:"default"`
	// FinOps receives what has no owner, and newly opened gaps.
	FinOps Destination `yaml:"finops"`
	// Engineers receives Cloud Engineer tasks.
	Engineers Destination `yaml:"engineers"`
	// TagKeys are the tag keys that name an owner, tried in order.
	TagKeys []string `yaml:"tagKeys"`
	// NewGaps tells FinOps of each newly opened gap whose spend exceeds its
	// scenario's amount here (or "default"'s); without it, of none.
	NewGaps map[string]string `yaml:"newGaps"`

	newGaps map[string]decimal.Decimal
}

// newGapThreshold is the spend above which a new gap of scenario s is told to FinOps.
func (r *Routes) newGapThreshold(s domain.Scenario) (decimal.Decimal, bool) {
	if t, ok := r.newGaps[string(s)]; ok {
		return t, true
	}
	t, ok := r.newGaps["default"]
	return t, ok
}

// defaultTagKeys name an owner when the routing file does not say which keys do.
var defaultTagKeys = []string{"owner", "team", "cost-center"}

// LoadRoutes reads a routing file. YAML is a superset of JSON, so one
// parser reads both; an unknown key is an error, naming the file.
func LoadRoutes(path string) (*Routes, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("notify: routing file (GAPS_NOTIFY_ROUTES): %w", err)
	}
	var r Routes
	if err := yaml.UnmarshalWithOptions(data, &r, yaml.DisallowUnknownField()); err != nil {
		return nil, fmt.Errorf("notify: routing file %s: %w", path, err)
	}
	if r.FinOps.empty() {
		return nil, fmt.Errorf("notify: routing file %s: finops: set at least one of webhook, slack, email (what has no owner goes there)", path)
	}
	r.newGaps = map[string]decimal.Decimal{}
	for scenario, amount := range r.NewGaps {
		if scenario != "default" && !slices.Contains(domain.AllScenarios, domain.Scenario(scenario)) {
			return nil, fmt.Errorf("notify: routing file %s: newGaps: %q is neither a scenario nor default", path, scenario)
		}
		d, err := decimal.NewFromString(amount)
		if err != nil {
			return nil, fmt.Errorf("notify: routing file %s: newGaps.%s: %q is not an amount", path, scenario, amount)
		}
		r.newGaps[scenario] = d
	}
	if len(r.TagKeys) == 0 {
		r.TagKeys = defaultTagKeys
	}
	return &r, nil
}

// route is who receives a message, where, and by which rule.
type route struct {
	recipient string
	dest      Destination
	rule      string
}

// ownerRoute chooses the recipient of a product-owner message: the product
// owner on the governance records, else an owner named by the gap's tags,
// else the FinOps Lead, saying why.
func (r *Routes) ownerRoute(productOwner string, tags []string) route {
	if productOwner != "" {
		if d, ok := r.Owners[productOwner]; ok {
			return route{productOwner, d, "product owner on the governance records"}
		}
		if !r.Default.empty() {
			return route{productOwner, r.Default, "product owner on the governance records (default destination)"}
		}
	}
	for _, key := range r.TagKeys {
		for _, tag := range tags {
			// CUR names tags "user:team" or "iamPrincipal/team"; the routing file says "team=…".
			k, v, ok := strings.Cut(tag, "=")
			k = k[strings.LastIndexAny(k, ":/")+1:]
			if !ok || k != key {
				continue
			}
			if d, ok := r.Owners[k+"="+v]; ok {
				return route{k + "=" + v, d, "owner inferred from tag " + tag}
			}
		}
	}
	why := "no product owner on the governance records"
	if productOwner != "" {
		why = "product owner " + productOwner + " has no destination in the routing file"
	}
	return route{"FinOps Lead", r.FinOps, "FinOps Lead: " + why + ", and no tag among " + strings.Join(r.TagKeys, ", ") + " names an owner in the routing file"}
}
