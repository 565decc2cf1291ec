package notify

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"time"
)

// Channel names, as NotificationAttempted records them.
const (
	ChannelWebhook = "webhook"
	ChannelSlack   = "slack"
	ChannelEmail   = "email"
)

// Message is one delivery's content. DeliveryID is the idempotency key:
// the same on every attempt of the delivery.
type Message struct {
	DeliveryID string `json:"deliveryId"`
	Kind       string `json:"kind"` // the decision or task that caused it
	GapID      string `json:"gapId"`
	Recipient  string `json:"recipient"`
	Rule       string `json:"rule"`
	Text       string `json:"text"`
	Link       string `json:"link"` // the gap in the console
}

// Header names of the generic webhook.
const (
	HeaderSignature   = "X-Gaps-Signature"
	HeaderTimestamp   = "X-Gaps-Timestamp"
	HeaderIdempotency = "Idempotency-Key"
)

// Sign is the X-Gaps-Signature of a webhook body sent at timestamp (Unix
// seconds): "sha256=" and the hex HMAC-SHA256 of "<timestamp>.<body>". The
// timestamp is signed with the body so that a receiver can refuse a replay
// of an old request without the signature still matching a new timestamp.
func Sign(secret []byte, timestamp string, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(timestamp))
	mac.Write([]byte{'.'})
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// postJSON posts body to url and reports a non-2xx answer as an error.
func postJSON(ctx context.Context, client *http.Client, url string, body []byte, header http.Header) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header = header
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		snippet, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
		return fmt.Errorf("%s answered %s: %s", url, resp.Status, bytes.TrimSpace(snippet))
	}
	return nil
}

// sendWebhook posts the message as JSON, signed, with its idempotency key.
func sendWebhook(ctx context.Context, client *http.Client, secret []byte, url string, m Message, now time.Time) error {
	body, _ := json.Marshal(m) // strings always marshal
	ts := strconv.FormatInt(now.Unix(), 10)
	h := http.Header{}
	h.Set(HeaderTimestamp, ts)
	h.Set(HeaderSignature, Sign(secret, ts, body))
	h.Set(HeaderIdempotency, m.DeliveryID)
	return postJSON(ctx, client, url, body, h)
}

// sendSlack posts the message to a Slack-compatible incoming webhook as a
// Block Kit section linking to the gap. Slack has no idempotency header;
// the key travels in the block's id so that a duplicate is recognisable.
func sendSlack(ctx context.Context, client *http.Client, url string, m Message) error {
	text := m.Text + "\n<" + m.Link + "|Open gap " + m.GapID + "> · to " + m.Recipient + " (" + m.Rule + ")"
	body, _ := json.Marshal(map[string]any{
		"text": m.Text,
		"blocks": []any{map[string]any{
			"type":     "section",
			"block_id": m.DeliveryID,
			"text":     map[string]string{"type": "mrkdwn", "text": text},
		}},
	})
	return postJSON(ctx, client, url, body, http.Header{})
}
