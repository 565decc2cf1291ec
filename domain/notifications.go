package domain

import "time"

// Outcomes of a notification delivery attempt.
const (
	DeliverySent     = "SENT"     // the receiver accepted it
	DeliveryRetrying = "RETRYING" // it failed; another attempt follows at NextTry
	DeliveryFailed   = "FAILED"   // it failed and no attempt follows
	// DeliveryCancelled: not sent, as its cause no longer holds (Reason says why).
	DeliveryCancelled = "CANCELLED"
)

// Event type names of the notifier's records.
const (
	EventNotificationAttempted = "NotificationAttempted"
	EventNotifierEnabled       = "NotifierEnabled"
)

// NotifierStream holds the one NotifierEnabled event.
const NotifierStream = "notifier"

// NotifierEnabled marks where the notifier first ran: it delivers what the
// log records after this event, not the decisions of the years before it.
type NotifierEnabled struct{}

func (NotifierEnabled) EventType() string { return EventNotifierEnabled }

// NotificationStream is the stream of one delivery's attempts.
func NotificationStream(deliveryID string) string { return "notification-" + deliveryID }

// NotificationAttempted records one delivery attempt and its outcome. The
// DeliveryID is also the idempotency key receivers see: every attempt of one
// delivery, before or after a crash, carries the same one.
type NotificationAttempted struct {
	DeliveryID string     `json:"deliveryId"`
	GapID      string     `json:"gapId"`
	Recipient  string     `json:"recipient"`
	Channel    string     `json:"channel"` // webhook, slack or email
	Rule       string     `json:"rule"`    // why this recipient was chosen
	Message    string     `json:"message"`
	Attempt    int        `json:"attempt"` // 1-based
	Outcome    string     `json:"outcome"` // DeliverySent, DeliveryRetrying or DeliveryFailed
	Reason     string     `json:"reason,omitempty"`
	NextTry    *time.Time `json:"nextTry,omitempty"`
}

func (NotificationAttempted) EventType() string { return EventNotificationAttempted }
