package notify_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/allocation-gaps/gaps/domain"
	"github.com/allocation-gaps/gaps/notify"
)

// mailbox is an SMTP server that offers STARTTLS, accepts PLAIN auth only
// over TLS, and keeps what it receives.
type mailbox struct {
	mu    sync.Mutex
	mails []mail
}

type mail struct {
	user, from string
	to         []string
	data       string
}

type mailSession struct {
	box  *mailbox
	mail mail
}

func (s *mailSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *mailSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "gaps" || pass != "pw" {
			return errors.New("bad credentials")
		}
		s.mail.user = user
		return nil
	}), nil
}
func (s *mailSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.mail.user == "" {
		return smtp.ErrAuthRequired
	}
	s.mail.from = from
	return nil
}
func (s *mailSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.mail.to = append(s.mail.to, to)
	return nil
}
func (s *mailSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.mail.data = string(b)
	s.box.mu.Lock()
	s.box.mails = append(s.box.mails, s.mail)
	s.box.mu.Unlock()
	return nil
}
func (s *mailSession) Reset()        {}
func (s *mailSession) Logout() error { return nil }

// startMailbox serves SMTP on 127.0.0.1 and returns how to reach it.
func startMailbox(t *testing.T) (*mailbox, *notify.SMTP) {
	cert, roots := selfSigned(t)
	box := &mailbox{}
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &mailSession{box: box}, nil }))
	srv.Domain = "localhost"
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	addr := ln.Addr().(*net.TCPAddr)
	return box, &notify.SMTP{Host: "127.0.0.1", Port: addr.Port, Username: "gaps", Password: "pw", From: "gaps@example.com",
		TLS: &tls.Config{RootCAs: roots, ServerName: "127.0.0.1"}}
}

func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "mailbox"},
		IPAddresses: []net.IP{net.IPv4(127, 0, 0, 1)}, NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	parsed, _ := x509.ParseCertificate(der)
	roots := x509.NewCertPool()
	roots.AddCert(parsed)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, roots
}

func TestEmailReachesTheOwnerOverSTARTTLSWithAuth(t *testing.T) {
	e := newEnv(t)
	box, server := startMailbox(t)
	e.startWith(`
owners:
  alice: {email: alice@example.com}
finops: {email: finops@example.com}
`, 3, server)
	e.gap("g1", nil, domain.GapAction{Action: domain.ActionRequestBusinessCase, ProductOwner: "alice"})
	as := e.attempts(1)
	if as[0].Outcome != domain.DeliverySent || as[0].Channel != notify.ChannelEmail {
		t.Fatalf("attempt %+v: want the email sent", as[0])
	}
	box.mu.Lock()
	defer box.mu.Unlock()
	if len(box.mails) != 1 {
		t.Fatalf("the mailbox got %d mails, want 1", len(box.mails))
	}
	m := box.mails[0]
	if m.user != "gaps" || m.from != "gaps@example.com" || len(m.to) != 1 || m.to[0] != "alice@example.com" {
		t.Errorf("mail %+v: want gaps@example.com to alice@example.com, authenticated", m)
	}
	for _, want := range []string{"Idempotency-Key: " + as[0].DeliveryID, "https://gaps.example/gaps/g1", "please declare one"} {
		if !strings.Contains(m.data, want) {
			t.Errorf("mail lacks %q:\n%s", want, m.data)
		}
	}
}

func TestParseSMTPURL(t *testing.T) {
	s, err := notify.ParseSMTPURL("smtp://gaps:p%40ss@mail.example.com:2525?from=gaps@example.com")
	if err != nil || s.Host != "mail.example.com" || s.Port != 2525 || s.Username != "gaps" || s.Password != "p@ss" || s.From != "gaps@example.com" {
		t.Errorf("got %+v, %v", s, err)
	}
	for _, bad := range []string{"mail.example.com", "smtp://mail.example.com", "smtp://mail.example.com:x?from=a@b"} {
		if _, err := notify.ParseSMTPURL(bad); err == nil || !strings.Contains(err.Error(), "GAPS_SMTP_URL") {
			t.Errorf("%q: got %v, want an error naming GAPS_SMTP_URL", bad, err)
		}
	}
}
