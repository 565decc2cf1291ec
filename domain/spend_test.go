package domain

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

// decodeChunkBothWays decodes data with UnmarshalJSON and with plain
// encoding/json, and fails unless both give the same chunk or the same error.
func decodeChunkBothWays(t *testing.T, data []byte) SpendFactsChunk {
	t.Helper()
	var got SpendFactsChunk
	gotErr := got.UnmarshalJSON(data)
	var want reflectedChunk
	wantErr := json.Unmarshal(data, &want)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("decoding %s: error %v, encoding/json gives %v", data, gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, SpendFactsChunk(want)) {
		t.Fatalf("decoding %s:\n got %#v\nwant %#v", data, got, SpendFactsChunk(want))
	}
	return got
}

// requireFastPath fails unless data is read without encoding/json and to
// what encoding/json reads.
func requireFastPath(t *testing.T, data []byte) {
	t.Helper()
	if _, ok := decodeChunkFast(data); !ok {
		t.Fatalf("the fast reader refused %s", data)
	}
	decodeChunkBothWays(t, data)
}

const chunkFuzzRunes = "aZ09-_:/|. \"\\<>&\n\t\x00\x7féü€😀\u2028"

func randomText(rng *rand.Rand) string {
	runes := []rune(chunkFuzzRunes)
	var b strings.Builder
	for range rng.IntN(12) {
		if rng.IntN(40) == 0 {
			b.WriteByte(0xff) // invalid UTF-8: both decoders must read U+FFFD
			continue
		}
		b.WriteRune(runes[rng.IntN(len(runes))])
	}
	return b.String()
}

func randomDecimal(rng *rand.Rand) Decimal {
	coef := new(big.Int)
	switch rng.IntN(4) {
	case 0:
		coef.SetInt64(rng.Int64N(1000))
	case 1:
		coef.SetInt64(rng.Int64())
	case 2: // past int64, and past the 18-character shortcut
		coef.SetString(strings.Repeat(fmt.Sprint(1+rng.IntN(9)), 19+rng.IntN(20)), 10)
	}
	if rng.IntN(3) == 0 {
		coef.Neg(coef)
	}
	return decimal.NewFromBigInt(coef, int32(rng.IntN(30)-24))
}

func randomFact(rng *rand.Rand) SpendFact {
	f := SpendFact{Quantity: randomDecimal(rng), Cost: randomDecimal(rng)}
	v := reflect.ValueOf(&f).Elem()
	for i := range v.NumField() {
		if field := v.Field(i); field.Kind() == reflect.String && rng.IntN(4) > 0 {
			field.SetString(randomText(rng))
		}
	}
	switch rng.IntN(3) {
	case 0:
		f.Sessions = []string{} // omitted, as nil is
	case 1:
		for range 1 + rng.IntN(3) {
			f.Sessions = append(f.Sessions, randomText(rng))
		}
	}
	switch rng.IntN(3) {
	case 0:
		f.Tags = []string{} // omitted, as nil is
	case 1:
		for range 1 + rng.IntN(MaxFactTags) {
			f.Tags = append(f.Tags, randomText(rng)+"="+randomText(rng))
		}
	}
	return f
}

// sortedKeys re-encodes a document with every object's keys sorted and
// HTML escaped, as a JSON store that reorders keys may give it back.
func sortedKeys(t *testing.T, data []byte) []byte {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSpendFactsChunkFastDecodingMatchesEncodingJSON(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for range 500 {
		c := SpendFactsChunk{DeliveryID: randomText(rng), Source: randomText(rng), Period: randomText(rng), Chunk: rng.IntN(5000) - 10}
		for range rng.IntN(5) {
			c.Facts = append(c.Facts, randomFact(rng))
		}
		_, data, err := Encode(c)
		if err != nil {
			t.Fatal(err)
		}
		requireFastPath(t, data)
		var indented bytes.Buffer
		if err := json.Indent(&indented, data, " ", "\t "); err != nil {
			t.Fatal(err)
		}
		requireFastPath(t, indented.Bytes())
		requireFastPath(t, sortedKeys(t, data))
		decoded, err := Decode(EventSpendFactsChunk, data)
		if want := decodeChunkBothWays(t, data); err != nil || !reflect.DeepEqual(decoded, want) {
			t.Fatalf("Decode of %s: %#v, %v; want %#v", data, decoded, err, want)
		}
	}
}

// Every field of SpendFactsChunk and of SpendFact, set alone, is read by
// the fast reader: a field added to either and not to the reader fails here.
func TestSpendFactsChunkFastDecodingReadsEveryField(t *testing.T) {
	setAlone := func(v reflect.Value, i int) {
		switch field := v.Field(i); field.Interface().(type) {
		case string:
			field.SetString("x")
		case int:
			field.SetInt(7)
		case []string:
			field.Set(reflect.ValueOf([]string{"s"}))
		case Decimal:
			field.Set(reflect.ValueOf(dec("1.5")))
		case []SpendFact:
			field.Set(reflect.ValueOf([]SpendFact{{Cost: dec("2")}}))
		default:
			t.Fatalf("field %s of %s: type %s unknown to this test and to the fast reader", v.Type().Field(i).Name, v.Type(), field.Type())
		}
	}
	for i := range reflect.TypeFor[SpendFactsChunk]().NumField() {
		var c SpendFactsChunk
		setAlone(reflect.ValueOf(&c).Elem(), i)
		_, data, err := Encode(c)
		if err != nil {
			t.Fatal(err)
		}
		requireFastPath(t, data)
	}
	for i := range reflect.TypeFor[SpendFact]().NumField() {
		var f SpendFact
		setAlone(reflect.ValueOf(&f).Elem(), i)
		_, data, err := Encode(SpendFactsChunk{Facts: []SpendFact{f}})
		if err != nil {
			t.Fatal(err)
		}
		requireFastPath(t, data)
	}
}

func TestSpendFactsChunkDecodingOfOtherForms(t *testing.T) {
	for _, doc := range []string{
		`null`, `{}`, ` {"facts":[]} `, `{"facts":null}`, `{"chunk":-2}`,
		`{"facts":[{"sessions":[]}]}`, `{"facts":[{"sessions":null,"cost":null,"quantity":null}]}`,
		`{"facts":[{"cost":1.25,"quantity":-3e2}]}`, `{"facts":[{"cost":0,"quantity":-0.0}]}`,
		`{"facts":[{"cost":"123456789012345678901234.5","quantity":"-12345678901234567"}]}`,
		`{"facts":[{"cost":"123456789012345678","quantity":"1234567890123456789"}]}`,
		`{"facts":[{"cost":"0.000000000000000000","quantity":"-0.00"}]}`,
		`{"facts":[{"cost":"007.50","quantity":"1e3"}]}`, `{"facts":[{"cost":"1E-2"}]}`,
		`{"facts":[{"cost":".5"}]}`, `{"facts":[{"cost":"5."}]}`, `{"facts":[{"cost":"+5"}]}`,
		`{"facts":[{"cost":"−5"}]}`, `{"facts":[{"cost":""}]}`, `{"facts":[{"cost":"1\u0030"}]}`,
		`{"facts":[{"cost":"1e-99999"}]}`, `{"facts":[{"cost":true}]}`,
		`{"facts":[{"extra":{"a":[1]},"cost":"1"}]}`, `{"DeliveryID":"x","FACTS":[{"Source":"cur"}]}`,
		`{"\u0073ource":"cur"}`, `{"source":"a","source":"b"}`, `{"source":null}`,
		`{"facts":[{"day":"x","source":"a"}],"facts":[{"source":"b"}]}`,
		`{"facts":[{"sessions":["a"],"sessions":[]}]}`, `{"facts":[{"cost":"1","cost":null}]}`,
		`{"source":"a\u00e9\n\"b\ud83d\ude00\ud800"}`, "{\"source\":\"a\xffb\"}", "{\"source\":\"a\tb\"}",
		`{"source":"a\x"}`, `{"chunk":1.0}`, `{"chunk":"1"}`, `{"chunk":01}`, `{"chunk":99999999999999999999}`,
		`{"chunk":-}`, `{"source":"a"`, `{"source":"a",}`, `{"facts":[{"cost":"1"},]}`, `{"source":"a"} x`,
		`[]`, `{"facts":{}}`, `{"facts":[1]}`, `{"facts":[{"sessions":"s"}]}`, `{"facts":[{"sessions":[1]}]}`, ``,
	} {
		decodeChunkBothWays(t, []byte(doc))
	}
}

// BenchmarkSpendFactsChunkDecode compares Decode with encoding/json on a
// chunk of 1000 facts as ingest writes them.
func BenchmarkSpendFactsChunkDecode(b *testing.B) {
	c := SpendFactsChunk{DeliveryID: strings.Repeat("d", 64), Source: "cur", Period: "2025-06"}
	for i := range 1000 {
		f := aiFact(by(fmt.Sprintf("arn:aws:iam::111111111111:role/finops-ai-%d", i%40)), on(fmt.Sprintf("2025-06-%02d", 1+i%30)))
		f.Sessions, f.PricingUnit, f.Cost = []string{"alice@example.com"}, "1K tokens", decimal.New(int64(i)*7919, -6)
		c.Facts = append(c.Facts, f)
	}
	_, data, err := Encode(c)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			if _, err := Decode(EventSpendFactsChunk, data); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			var c reflectedChunk
			if err := json.Unmarshal(data, &c); err != nil {
				b.Fatal(err)
			}
		}
	})
}
