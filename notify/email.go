package notify

import (
	"context"
	"crypto/tls"
	"fmt"
	"net/url"
	"strconv"
	"time"

	"github.com/wneessen/go-mail"
)

// SMTP is the mail server email deliveries go through. It must offer
// STARTTLS: mail is never sent in clear.
type SMTP struct {
	Host     string
	Port     int
	Username string // empty: no authentication
	Password string
	From     string
	TLS      *tls.Config // nil: verify Host against the system's roots
}

// ParseSMTPURL reads GAPS_SMTP_URL: smtp://user:password@host:port?from=address.
func ParseSMTPURL(s string) (*SMTP, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "smtp" || u.Hostname() == "" {
		return nil, fmt.Errorf("GAPS_SMTP_URL: want smtp://user:password@host:port?from=address")
	}
	port := 587
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("GAPS_SMTP_URL: port %q is not a number", p)
		}
	}
	from := u.Query().Get("from")
	if from == "" {
		return nil, fmt.Errorf("GAPS_SMTP_URL: give the sender as ?from=address")
	}
	pass, _ := u.User.Password()
	return &SMTP{Host: u.Hostname(), Port: port, Username: u.User.Username(), Password: pass, From: from}, nil
}

// sendEmail mails the message to address over STARTTLS. The delivery id is
// both the Message-ID and an Idempotency-Key header, so a resend after a
// crash is recognisable as the same mail.
func sendEmail(ctx context.Context, s *SMTP, address string, m Message) error {
	msg := mail.NewMsg()
	if err := msg.From(s.From); err != nil {
		return fmt.Errorf("email: sender %q: %w", s.From, err)
	}
	if err := msg.To(address); err != nil {
		return fmt.Errorf("email: recipient %q: %w", address, err)
	}
	msg.Subject("Allocation gap " + m.GapID + ": " + m.Kind)
	msg.SetMessageIDWithValue(m.DeliveryID + "@allocation-gaps")
	msg.SetGenHeader(mail.Header(HeaderIdempotency), m.DeliveryID)
	msg.SetBodyString(mail.TypeTextPlain, m.Text+"\n\n"+m.Link+"\n\nSent to "+m.Recipient+" ("+m.Rule+").\n")
	opts := []mail.Option{mail.WithPort(s.Port), mail.WithTLSPolicy(mail.TLSMandatory), mail.WithTimeout(15 * time.Second)}
	if s.TLS != nil {
		opts = append(opts, mail.WithTLSConfig(s.TLS))
	}
	if s.Username != "" {
		opts = append(opts, mail.WithSMTPAuth(mail.SMTPAuthPlain), mail.WithUsername(s.Username), mail.WithPassword(s.Password))
	}
	c, err := mail.NewClient(s.Host, opts...)
	if err != nil {
		return fmt.Errorf("email: %w", err)
	}
	if err := c.DialAndSendWithContext(ctx, msg); err != nil {
		return fmt.Errorf("email to %s via %s:%d: %w", address, s.Host, s.Port, err)
	}
	return nil
}
