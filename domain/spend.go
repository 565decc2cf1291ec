package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Decimal is exact money and quantity. shopspring/decimal: arbitrary
// precision, JSON as a string, and pgx support for Postgres numeric.
type Decimal = decimal.Decimal

// DecimalText writes an amount exactly, keeping its scale ("1234.5600" stays
// "1234.5600"), the one way the API and the CSV exports show money.
func DecimalText(d Decimal) string {
	if d.Exponent() < 0 {
		return d.StringFixed(-d.Exponent())
	}
	return d.String()
}

// SpendFact is AI spend aggregated to day grain: the sum of the AI lines of
// one delivery that share (day, account, region, principal, resource id,
// operation, usage type, model, line type). Ingest produces them; detection,
// allocation and the read models consume them.
type SpendFact struct {
	Source        string   `json:"source"`                  // "cur", "focus" or "claude"
	Period        string   `json:"period"`                  // billing period "YYYY-MM"
	Day           string   `json:"day"`                     // usage day, UTC, "YYYY-MM-DD"
	BillingEntity string   `json:"billingEntity,omitempty"` // "AWS" or "AWS Marketplace"
	AccountID     string   `json:"accountId"`               // 12-digit string ("" for Claude Platform reports)
	AccountName   string   `json:"accountName,omitempty"`
	Region        string   `json:"region,omitempty"`
	ProductCode   string   `json:"productCode,omitempty"`
	Operation     string   `json:"operation,omitempty"`
	UsageType     string   `json:"usageType,omitempty"`
	Model         string   `json:"model,omitempty"`
	LineType      string   `json:"lineType"`              // line_item_line_item_type / ChargeCategory
	ResourceID    string   `json:"resourceId,omitempty"`  // guardrail, inference profile, model or workspace ARN
	WorkspaceID   string   `json:"workspaceId,omitempty"` // Claude Platform workspace id (from the ARN or the cost report)
	Principal     string   `json:"principal,omitempty"`   // normalised: arn:aws:iam::<acct>:role/<name> or …:user/<name>
	Sessions      []string `json:"sessions,omitempty"`    // sample session names of an assumed role (≤ 3, sorted)
	Tags          []string `json:"tags,omitempty"`        // evidence "key=value": iamPrincipal/* and user:* tags (≤ MaxFactTags, sorted)
	PricingUnit   string   `json:"pricingUnit,omitempty"`
	Quantity      Decimal  `json:"quantity"`
	Cost          Decimal  `json:"cost"`
}

// MaxFactTags is how many tags a fact keeps: the smallest, so the sample
// does not depend on the order lines are read in.
const MaxFactTags = 5

// KeepSmallest inserts s into the sorted, deduplicated sample, keeping its
// limit smallest values; "" is not kept.
func KeepSmallest(sample []string, s string, limit int) []string {
	i, found := slices.BinarySearch(sample, s)
	if found || s == "" || i >= limit {
		return sample
	}
	sample = slices.Insert(sample, i, s)
	if len(sample) > limit {
		sample = sample[:limit]
	}
	return sample
}

// Attributable line types carry spend an owner can be named for; the others
// (Tax, Credit, Refund, Fee, …) are adjustments and never gap spend.
func IsAttributableLineType(lineType string) bool {
	switch lineType {
	case "Usage", "DiscountedUsage", "SavingsPlanCoveredUsage":
		return true
	}
	return false
}

// Attributable reports whether the fact's line type is attributable.
func (f SpendFact) Attributable() bool { return IsAttributableLineType(f.LineType) }

// IsGuardrail reports whether the fact is guardrail spend (scenario 5).
func (f SpendFact) IsGuardrail() bool {
	return f.Operation == "ApplyGuardrail" || strings.Contains(f.UsageType, "-Guardrail-")
}

// PrincipalKind of a normalised principal.
type PrincipalKind string

const (
	PrincipalRole PrincipalKind = "ROLE"
	PrincipalUser PrincipalKind = "USER"
)

// ParsedPrincipal is a caller identity reduced to what governance keys on.
type ParsedPrincipal struct {
	Kind    PrincipalKind
	Account string
	Name    string // role name (no path) or user name
	Session string // session name of an assumed role, often a person's email
}

// ARN renders the normalised principal: the role's or user's IAM ARN.
func (p ParsedPrincipal) ARN() string {
	if p.Kind == PrincipalUser {
		return "arn:aws:iam::" + p.Account + ":user/" + p.Name
	}
	return "arn:aws:iam::" + p.Account + ":role/" + p.Name
}

// ParsePrincipal reads line_item_iam_principal or a normalised principal:
//
//	arn:aws:sts::<acct>:assumed-role/<Role>/<session> → role <acct>/<Role>, session kept
//	arn:aws:iam::<acct>:role/[path/]<Role>            → role <acct>/<Role>
//	arn:aws:iam::<acct>:user/[path/]<name>            → user <acct>/<name>
//
// Anything else is not a principal governance can key on (ok false).
func ParsePrincipal(arn string) (ParsedPrincipal, bool) {
	parts := strings.SplitN(arn, ":", 6)
	if len(parts) != 6 || parts[0] != "arn" || parts[4] == "" {
		return ParsedPrincipal{}, false
	}
	account, resource := parts[4], parts[5]
	switch {
	case parts[2] == "sts" && strings.HasPrefix(resource, "assumed-role/"):
		rest := strings.TrimPrefix(resource, "assumed-role/")
		role, session, _ := strings.Cut(rest, "/")
		if role == "" {
			return ParsedPrincipal{}, false
		}
		return ParsedPrincipal{Kind: PrincipalRole, Account: account, Name: role, Session: session}, true
	case parts[2] == "iam" && strings.HasPrefix(resource, "role/"):
		name := lastSegment(strings.TrimPrefix(resource, "role/"))
		return ParsedPrincipal{Kind: PrincipalRole, Account: account, Name: name}, name != ""
	case parts[2] == "iam" && strings.HasPrefix(resource, "user/"):
		name := lastSegment(strings.TrimPrefix(resource, "user/"))
		return ParsedPrincipal{Kind: PrincipalUser, Account: account, Name: name}, name != ""
	}
	return ParsedPrincipal{}, false
}

func lastSegment(path string) string {
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		return path[i+1:]
	}
	return path
}

// ModelKey canonicalises a model name for comparison between a Business
// Request's model and the model observed in spend: lower case, letters and
// digits only ("Claude4.6Sonnet" and "Claude 4.6 Sonnet" are one model).
func ModelKey(model string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(model) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Spend events: recorded by ingest, one stream per source, export and
// billing period ("spend-<source>-<export>-<period>"). A delivery appends its
// facts in chunks, then a SpendPeriodReplaced marker; folds apply a
// delivery's chunks only when its marker arrives, so the marker replaces the
// export's period (other exports of the period stay in force).
const (
	EventSpendFactsChunk     = "SpendFactsChunk"
	EventSpendPeriodReplaced = "SpendPeriodReplaced"
	EventIngestCompleted     = "IngestCompleted"
	EventIngestFailed        = "IngestFailed"
)

// DefaultSpendExport is the export of a delivery that names none, and of
// markers recorded before exports were told apart (they carry no export).
const DefaultSpendExport = "default"

// SpendStreamPrefix begins the name of every spend stream.
const SpendStreamPrefix = "spend-"

// SpendStream names the stream of one export's billing period of a source.
func SpendStream(source, export, period string) string {
	return SpendStreamPrefix + source + "-" + export + "-" + period
}

// SpendFactsChunk carries up to a few thousand facts of one delivery.
type SpendFactsChunk struct {
	DeliveryID string      `json:"deliveryId"` // content hash of the delivery
	Source     string      `json:"source"`
	Period     string      `json:"period"`
	Chunk      int         `json:"chunk"`
	Facts      []SpendFact `json:"facts"`
}

// UnmarshalJSON replaces c with the chunk in data, decoded exactly as
// encoding/json decodes it into a zero chunk (null gives the zero chunk).
// Chunks are nearly all of the log a fold reads, so the JSON that Encode
// writes, in any key order and spacing, is read here without reflection;
// anything else (keys spelt otherwise or unknown, a null where a string
// goes, invalid JSON) goes through encoding/json, its errors included.
func (c *SpendFactsChunk) UnmarshalJSON(data []byte) error {
	if fast, ok := decodeChunkFast(data); ok {
		*c = fast
		return nil
	}
	*c = SpendFactsChunk{}
	return json.Unmarshal(data, (*reflectedChunk)(c))
}

// reflectedChunk is SpendFactsChunk without its UnmarshalJSON.
type reflectedChunk SpendFactsChunk

// decodeSpendFactsChunk is Decode's reader of chunks: it calls UnmarshalJSON
// directly, saving json.Unmarshal's validating pass over the whole payload
// (UnmarshalJSON validates what it reads).
func decodeSpendFactsChunk(data []byte) (Event, error) {
	var c SpendFactsChunk
	if err := c.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return c, nil
}

// decodeChunkFast reads a chunk in the form Encode writes it; ok is false
// for anything else.
func decodeChunkFast(data []byte) (c SpendFactsChunk, ok bool) {
	r := jsonReader{data: data}
	seenFacts := false
	ok = r.object(func(key []byte) bool {
		switch string(key) {
		case "deliveryId":
			return r.stringInto(&c.DeliveryID)
		case "source":
			return r.stringInto(&c.Source)
		case "period":
			return r.stringInto(&c.Period)
		case "chunk":
			return r.intInto(&c.Chunk)
		case "facts":
			// encoding/json decodes a repeated array into the facts of the
			// first: rare enough to leave to it.
			if seenFacts {
				return false
			}
			seenFacts = true
			return r.factsInto(&c.Facts)
		}
		return false
	})
	r.skipSpace()
	return c, ok && r.i == len(r.data)
}

func (r *jsonReader) factsInto(facts *[]SpendFact) bool {
	if r.null() {
		*facts = nil
		return true
	}
	out := []SpendFact{}
	ok := r.array(func() bool {
		out = append(out, SpendFact{})
		var prev *SpendFact
		if n := len(out); n > 1 {
			prev = &out[n-2]
		}
		return r.fact(&out[len(out)-1], prev)
	})
	*facts = out
	return ok
}

// fact reads one fact object into a zero f. A string equal to the same
// field of the fact before (ingest sorts facts, so most are) shares its
// memory rather than being allocated again.
func (r *jsonReader) fact(f, prev *SpendFact) bool {
	return r.object(func(key []byte) bool {
		switch string(key) {
		case "quantity":
			return r.decimalInto(&f.Quantity)
		case "cost":
			return r.decimalInto(&f.Cost)
		case "sessions":
			return r.stringsInto(&f.Sessions)
		case "tags":
			return r.stringsInto(&f.Tags)
		}
		if field := factStringField(f, key); field != nil {
			var same string
			if prev != nil {
				same = *factStringField(prev, key)
			}
			return r.stringLike(field, same)
		}
		return false
	})
}

// factStringField is the string field of f with JSON name key; nil when
// there is none. TestSpendFactsChunkFastDecoding fails when a field of
// SpendFact is missing here.
func factStringField(f *SpendFact, key []byte) *string {
	switch string(key) {
	case "source":
		return &f.Source
	case "period":
		return &f.Period
	case "day":
		return &f.Day
	case "billingEntity":
		return &f.BillingEntity
	case "accountId":
		return &f.AccountID
	case "accountName":
		return &f.AccountName
	case "region":
		return &f.Region
	case "productCode":
		return &f.ProductCode
	case "operation":
		return &f.Operation
	case "usageType":
		return &f.UsageType
	case "model":
		return &f.Model
	case "lineType":
		return &f.LineType
	case "resourceId":
		return &f.ResourceID
	case "workspaceId":
		return &f.WorkspaceID
	case "principal":
		return &f.Principal
	case "pricingUnit":
		return &f.PricingUnit
	}
	return nil
}

// jsonReader reads JSON values in place. Its methods report false, rather
// than an error, on whatever they do not read exactly as encoding/json
// would: the caller then hands the whole document to encoding/json.
type jsonReader struct {
	data []byte
	i    int
}

func (r *jsonReader) skipSpace() {
	for r.i < len(r.data) {
		switch r.data[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

// consume skips space, then b if it is next.
func (r *jsonReader) consume(b byte) bool {
	r.skipSpace()
	if r.i < len(r.data) && r.data[r.i] == b {
		r.i++
		return true
	}
	return false
}

func (r *jsonReader) null() bool {
	r.skipSpace()
	if len(r.data)-r.i >= 4 && string(r.data[r.i:r.i+4]) == "null" {
		r.i += 4
		return true
	}
	return false
}

// object reads an object; member reads the value of each key, which has
// no escapes.
func (r *jsonReader) object(member func(key []byte) bool) bool {
	if !r.consume('{') {
		return false
	}
	if r.consume('}') {
		return true
	}
	for {
		r.skipSpace()
		key, escaped, ok := r.stringToken()
		if !ok || escaped || !r.consume(':') {
			return false
		}
		r.skipSpace()
		if !member(key[1 : len(key)-1]) {
			return false
		}
		if !r.consume(',') {
			return r.consume('}')
		}
	}
}

// array reads an array; elem reads each element.
func (r *jsonReader) array(elem func() bool) bool {
	if !r.consume('[') {
		return false
	}
	if r.consume(']') {
		return true
	}
	for {
		r.skipSpace()
		if !elem() {
			return false
		}
		if !r.consume(',') {
			return r.consume(']')
		}
	}
}

// stringToken reads a string token, quotes included, and whether it has
// escapes. Control characters are invalid JSON.
func (r *jsonReader) stringToken() (token []byte, escaped, ok bool) {
	if r.i >= len(r.data) || r.data[r.i] != '"' {
		return nil, false, false
	}
	for j := r.i + 1; j < len(r.data); j++ {
		for j < len(r.data) && !stringSpecial[r.data[j]] {
			j++
		}
		if j == len(r.data) {
			break
		}
		switch c := r.data[j]; {
		case c == '"':
			token, r.i = r.data[r.i:j+1], j+1
			return token, escaped, true
		case c == '\\':
			escaped = true
			j++
		case c < 0x20:
			return nil, false, false
		}
	}
	return nil, false, false
}

// stringSpecial marks the bytes that end a run of plain string content.
var stringSpecial = func() (special [256]bool) {
	for c := range 0x20 {
		special[c] = true
	}
	special['"'], special['\\'] = true, true
	return special
}()

func (r *jsonReader) stringInto(s *string) bool { return r.stringLike(s, "") }

// stringLike reads a string into s, sharing same when equal to it.
func (r *jsonReader) stringLike(s *string, same string) bool {
	token, escaped, ok := r.stringToken()
	if !ok {
		return false
	}
	if raw := token[1 : len(token)-1]; !escaped && string(raw) == same {
		*s = same
		return true
	} else if !escaped && utf8.Valid(raw) {
		*s = string(raw)
		return true
	}
	// Escapes and invalid UTF-8 (which becomes U+FFFD) are rare: unquoted
	// by encoding/json itself.
	return json.Unmarshal(token, s) == nil
}

// stringsInto reads an array of strings: null gives nil, [] an empty slice.
func (r *jsonReader) stringsInto(list *[]string) bool {
	if r.null() {
		*list = nil
		return true
	}
	out := []string{}
	ok := r.array(func() bool {
		out = append(out, "")
		return r.stringInto(&out[len(out)-1])
	})
	*list = out
	return ok
}

// numberToken reads a number token as JSON defines it.
func (r *jsonReader) numberToken() ([]byte, bool) {
	start, j := r.i, r.i
	digits := func() bool {
		from := j
		for j < len(r.data) && r.data[j] >= '0' && r.data[j] <= '9' {
			j++
		}
		return j > from
	}
	if j < len(r.data) && r.data[j] == '-' {
		j++
	}
	switch {
	case j < len(r.data) && r.data[j] == '0':
		j++
	case !digits():
		return nil, false
	}
	if j < len(r.data) && r.data[j] == '.' {
		j++
		if !digits() {
			return nil, false
		}
	}
	if j < len(r.data) && (r.data[j] == 'e' || r.data[j] == 'E') {
		j++
		if j < len(r.data) && (r.data[j] == '+' || r.data[j] == '-') {
			j++
		}
		if !digits() {
			return nil, false
		}
	}
	r.i = j
	return r.data[start:j], true
}

// intInto reads an integer as encoding/json reads one into an int.
func (r *jsonReader) intInto(n *int) bool {
	token, ok := r.numberToken()
	if !ok {
		return false
	}
	v, err := strconv.ParseInt(string(token), 10, strconv.IntSize)
	*n = int(v)
	return err == nil
}

// decimalInto reads a decimal as its UnmarshalJSON does: from a string or
// a number; null leaves it unchanged.
func (r *jsonReader) decimalInto(d *Decimal) bool {
	var token []byte
	switch {
	case r.null():
		return true
	case r.i < len(r.data) && r.data[r.i] == '"':
		t, _, ok := r.stringToken()
		if !ok {
			return false
		}
		if v, ok := smallDecimal(t[1 : len(t)-1]); ok {
			*d = v
			return true
		}
		token = t
	default:
		t, ok := r.numberToken()
		if !ok {
			return false
		}
		token = t
	}
	return d.UnmarshalJSON(token) == nil
}

// smallDecimal reads -?[0-9]+(\.[0-9]+)? of at most 18 characters, the
// point aside: the strings decimal.NewFromString reads through an int64,
// read here to the same value without its checks for other notations.
func smallDecimal(s []byte) (Decimal, bool) {
	i, neg := 0, false
	if len(s) > 0 && s[0] == '-' {
		i, neg = 1, true
	}
	var coef int64
	digits, frac, point := 0, 0, false
	for ; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			coef = coef*10 + int64(c-'0')
			digits++
			if point {
				frac++
			}
		case c == '.' && !point && digits > 0:
			point = true
		default:
			return Decimal{}, false
		}
	}
	length := len(s)
	if point {
		length--
	}
	if digits == 0 || (point && frac == 0) || length > 18 {
		return Decimal{}, false
	}
	if neg {
		coef = -coef
	}
	return decimal.New(coef, int32(-frac)), true
}

// SpendPeriodReplaced makes a delivery's chunks the whole of its period.
type SpendPeriodReplaced struct {
	DeliveryID        string           `json:"deliveryId"`
	Source            string           `json:"source"`
	Export            string           `json:"export,omitempty"` // "" (recorded before exports were told apart) is DefaultSpendExport
	Period            string           `json:"period"`
	Chunks            int              `json:"chunks"`
	Facts             int              `json:"facts"`
	Files             []string         `json:"files"` // base names
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	AttributableSpend Decimal          `json:"attributableSpend"`
	Adjustments       Decimal          `json:"adjustments"`
	IgnoredRows       map[string]int64 `json:"ignoredRows,omitempty"` // reason → rows
}

// IngestCompleted records one `gaps ingest` run (stream "ingest-<id>").
type IngestCompleted struct {
	IngestID          string           `json:"ingestId"`
	Source            string           `json:"source"`
	Export            string           `json:"export,omitempty"`
	Periods           []string         `json:"periods"`   // periods replaced
	Unchanged         []string         `json:"unchanged"` // periods whose identical delivery was already recorded
	Files             int              `json:"files"`
	RowsRead          int64            `json:"rowsRead"`
	AIRows            int64            `json:"aiRows"`
	IgnoredRows       map[string]int64 `json:"ignoredRows,omitempty"`
	AttributableSpend Decimal          `json:"attributableSpend"`
	Adjustments       Decimal          `json:"adjustments"`
}

// IngestFailed records a watched delivery that could not be loaded (stream
// IngestFailureStream(DeliveryID)); nothing of it was written. Each attempt
// appends one; an IngestCompleted of the same export and periods supersedes it.
type IngestFailed struct {
	DeliveryID string    `json:"deliveryId"` // names the delivery's objects: keys and ETags
	Location   string    `json:"location"`   // the watched location, "s3://bucket/prefix"
	Export     string    `json:"export,omitempty"`
	Periods    []string  `json:"periods"`
	Reason     string    `json:"reason"`
	Attempt    int       `json:"attempt"` // 1-based
	NextTry    time.Time `json:"nextTry"`
}

// IngestFailureStream is the stream of one delivery's failed attempts; the
// id is hashed, since it may be any text.
func IngestFailureStream(deliveryID string) string {
	sum := sha256.Sum256([]byte(deliveryID))
	return "ingest-failure-" + hex.EncodeToString(sum[:16])
}

func (IngestFailed) EventType() string { return EventIngestFailed }
