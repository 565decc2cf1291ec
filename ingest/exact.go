package ingest

import (
	"math"
	"strconv"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/shopspring/decimal"
)

// fixedExp is the scale of exactSum's integer part: 10 decimal places hold
// every cost CUR writes, so almost every addition is one int64 add.
const (
	fixedExp   = -10
	fixedScale = 1e10
	// Below this magnitude a double's ulp is < 1e-10, so at most one decimal
	// with ≤ 10 places rounds to it: if one does, it is the shortest
	// representation, the one strconv.FormatFloat(v, 'f', -1, 64) prints.
	fixedFastLimit = 1e5
)

// exactSum adds doubles (by their shortest decimal representation) and
// decimals exactly: in fixed point while that is exact, in decimal otherwise.
type exactSum struct {
	units   int64 // multiples of 10^fixedExp
	rest    decimal.Decimal
	hasRest bool
}

// addFloat adds the shortest decimal representation of v. v must be finite.
func (s *exactSum) addFloat(v float64) {
	if math.Abs(v) < fixedFastLimit {
		m := math.Round(v * fixedScale)
		if m/fixedScale == v { // m/1e10 is exactly v's shortest decimal
			s.addUnits(int64(m))
			return
		}
	}
	s.addDecimal(decimalOfFloat(v))
}

// decimalOfFloat is the shortest decimal representation of a finite double.
func decimalOfFloat(v float64) domain.Decimal {
	return decimal.RequireFromString(strconv.FormatFloat(v, 'f', -1, 64))
}

func (s *exactSum) addUnits(u int64) {
	sum := s.units + u
	if (u > 0 && sum < s.units) || (u < 0 && sum > s.units) { // overflow: spill into decimal
		s.addDecimal(decimal.New(s.units, fixedExp))
		s.units = u
		return
	}
	s.units = sum
}

func (s *exactSum) addDecimal(d domain.Decimal) {
	if !s.hasRest {
		s.rest, s.hasRest = d, true
		return
	}
	s.rest = s.rest.Add(d)
}

func (s *exactSum) merge(o *exactSum) {
	s.addUnits(o.units)
	if o.hasRest {
		s.addDecimal(o.rest)
	}
}

// decimal is the exact total.
func (s *exactSum) decimal() domain.Decimal {
	d := decimal.New(s.units, fixedExp)
	if s.hasRest {
		d = d.Add(s.rest)
	}
	return trimZeros(d)
}

// trimZeros drops trailing fractional zeros so equal sums render alike.
func trimZeros(d domain.Decimal) domain.Decimal {
	return decimal.RequireFromString(d.String())
}

// lineSums are the exact sums of one raw group, and its evidence tags.
type lineSums struct {
	cost, quantity exactSum
	tags           []string // sorted, the smallest ≤ domain.MaxFactTags
}

// addTag keeps tag if it is among the smallest MaxFactTags.
func (s *lineSums) addTag(tag string) {
	s.tags = domain.KeepSmallest(s.tags, tag, domain.MaxFactTags)
}

// merge adds o's sums and tags to s.
func (s *lineSums) merge(o *lineSums) {
	s.cost.merge(&o.cost)
	s.quantity.merge(&o.quantity)
	for _, t := range o.tags {
		s.addTag(t)
	}
}
