// Package esdbfake is a test double of the EventStoreDB gRPC protocol, in
// memory, for tests only: it lets the esdb backend, and everything built on
// it, run without an EventStoreDB node. Production code must not import it.
//
// It serves the Streams service's Append and Read: stream reads (both
// directions), $all reads (forwards), and filtered $all subscriptions that
// catch up and then go live, following EventStoreDB's rules for expected
// revisions and idempotent retries (by event ID only, never by content), and
// its MaxAppendSize limit (1 MiB by default). The client asks a node for its
// server features on connect; a node without that service answers
// Unimplemented, which the client accepts, so only Streams is registered.
// Positions are commit = prepare = the event's 1-based index in the log; the
// log starts with one system event, as a real node's does.
package esdbfake

import (
	"fmt"
	"io"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	esdbclient "github.com/EventStore/EventStore-Client-Go/v4/esdb"
	"github.com/EventStore/EventStore-Client-Go/v4/protos/shared"
	api "github.com/EventStore/EventStore-Client-Go/v4/protos/streams"
	"github.com/google/uuid"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/keepalive"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	"github.com/allocation-gaps/gaps/eventstore"
)

// DefaultMaxAppendSize is EventStoreDB's default MaxAppendSize: the bytes
// one append may carry, counted as the server does (see appendSize).
const DefaultMaxAppendSize = 1 << 20

// Server is a fake EventStoreDB node listening on a loopback port.
type Server struct {
	node   *node
	addr   string
	server *grpc.Server
}

// node is the log and the gRPC Streams service over it; it outlives restarts.
type node struct {
	api.UnimplementedStreamsServer

	maxAppendSize int

	mu       sync.Mutex
	log      []*event
	streams  map[string][]*event
	byID     map[uuid.UUID]*event // what EventStoreDB's recent-events cache would hold
	appended chan struct{}        // closed and replaced by every write
	// dropAfter, when positive, ends every subscription with Unavailable
	// once it has sent that many events and has another to send.
	dropAfter     int
	subscriptions int // subscriptions opened so far
}

type event struct {
	id       uuid.UUID
	stream   string
	revision uint64
	position uint64
	metadata map[string]string // system metadata: type, content-type, created
	custom   []byte
	data     []byte
}

func (e *event) eventType() string { return e.metadata["type"] }

// Option configures a Server.
type Option func(*node)

// WithMaxAppendSize sets the node's MaxAppendSize (default DefaultMaxAppendSize).
func WithMaxAppendSize(bytes int) Option { return func(n *node) { n.maxAppendSize = bytes } }

// Start starts a fake node on a free loopback port, stopped when the test ends.
func Start(t testing.TB, opts ...Option) *Server {
	t.Helper()
	n := &node{
		maxAppendSize: DefaultMaxAppendSize,
		streams:       make(map[string][]*event),
		byID:          make(map[uuid.UUID]*event),
		appended:      make(chan struct{}),
	}
	for _, o := range opts {
		o(n)
	}
	n.mu.Lock()
	n.write("$stats-127.0.0.1:2113", []*api.AppendReq_ProposedMessage{{
		Id:       protoUUID(uuid.New()),
		Metadata: map[string]string{"type": "$statsCollected", "content-type": "application/json"},
		Data:     []byte(`{}`),
	}})
	n.mu.Unlock()
	s := &Server{node: n}
	s.serve(t, "127.0.0.1:0")
	return s
}

// serve listens on addr; a restart passes the previous address.
func (s *Server) serve(t testing.TB, addr string) {
	t.Helper()
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("esdbfake: listen on %s: %v", addr, err)
	}
	// The client pings every 10 s; gRPC's default policy would call that
	// abuse and close the connection.
	server := grpc.NewServer(grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
		MinTime:             time.Second,
		PermitWithoutStream: true,
	}))
	api.RegisterStreamsServer(server, s.node)
	s.addr = lis.Addr().String()
	s.server = server
	served := make(chan struct{})
	go func() {
		defer close(served)
		_ = server.Serve(lis)
	}()
	t.Cleanup(func() {
		server.Stop()
		<-served
	})
}

// URL is the connection string of the node, for esdb.Open or GAPS_ESDB_URL.
func (s *Server) URL() string { return "esdb://" + s.addr + "?tls=false" }

// Restart stops the node, dropping every connection, and serves the same
// log again on the same address.
func (s *Server) Restart(t testing.TB) {
	t.Helper()
	s.server.Stop()
	s.serve(t, s.addr)
}

// DropSubscriptionsAfter makes every subscription opened from now on end
// with Unavailable once it has sent n events and has another to send;
// 0 stops dropping.
func (s *Server) DropSubscriptionsAfter(n int) {
	s.node.mu.Lock()
	defer s.node.mu.Unlock()
	s.node.dropAfter = n
}

// SubscriptionsOpened counts the subscriptions opened so far.
func (s *Server) SubscriptionsOpened() int {
	s.node.mu.Lock()
	defer s.node.mu.Unlock()
	return s.node.subscriptions
}

// Head is the position of the last event of the log (system events included).
func (s *Server) Head() eventstore.Position {
	s.node.mu.Lock()
	defer s.node.mu.Unlock()
	p := s.node.log[len(s.node.log)-1].position
	return eventstore.Position{Commit: p, Prepare: p}
}

// Append implements api.StreamsServer. Like EventStoreDB, it refuses an
// append as soon as its running size passes MaxAppendSize, writing nothing.
func (n *node) Append(stream api.Streams_AppendServer) error {
	first, err := stream.Recv()
	if err != nil {
		return err
	}
	opts := first.GetOptions()
	if opts == nil {
		return status.Error(codes.InvalidArgument, "esdbfake: an append must start with its options")
	}
	var proposed []*api.AppendReq_ProposedMessage
	size := 0
	for {
		req, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		m := req.GetProposedMessage()
		if m == nil {
			return status.Error(codes.InvalidArgument, "esdbfake: a second set of append options")
		}
		for _, key := range []string{"type", "content-type"} {
			if _, ok := m.GetMetadata()[key]; !ok {
				return status.Errorf(codes.InvalidArgument, "Required Metadata Property '%s' is missing", key)
			}
		}
		if size += appendSize(m); size > n.maxAppendSize {
			return n.maxAppendSizeExceeded(stream)
		}
		proposed = append(proposed, m)
	}
	resp, err := n.append(string(opts.GetStreamIdentifier().GetStreamName()), opts, proposed)
	if err != nil {
		return err
	}
	return stream.SendAndClose(resp)
}

// appendSize is what an event counts against MaxAppendSize in EventStoreDB
// (Event.SizeOnDisk): data, custom metadata, and the type in UTF-16.
func appendSize(m *api.AppendReq_ProposedMessage) int {
	return len(m.GetData()) + len(m.GetCustomMetadata()) + 2*len(m.GetMetadata()["type"])
}

// maxAppendSizeExceeded is EventStoreDB's refusal: InvalidArgument, with the
// exception named in the trailers.
func (n *node) maxAppendSizeExceeded(stream api.Streams_AppendServer) error {
	limit := strconv.Itoa(n.maxAppendSize)
	stream.SetTrailer(metadata.Pairs("exception", "maximum-append-size-exceeded", "maximum-append-size", limit))
	return status.Errorf(codes.InvalidArgument, "Maximum Append Size of %s Exceeded.", limit)
}

// noStream is the revision of a stream without events, as EventStoreDB counts.
const noStream = -1

func (n *node) append(name string, opts *api.AppendReq_Options, proposed []*api.AppendReq_ProposedMessage) (*api.AppendResp, error) {
	ids := make([]uuid.UUID, len(proposed))
	for i, m := range proposed {
		id, err := fromProtoUUID(m.GetId())
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "esdbfake: event %d: %v", i, err)
		}
		ids[i] = id
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	events := n.streams[name]
	current := int64(len(events)) - 1

	var decision appendDecision
	switch x := opts.GetExpectedStreamRevision().(type) {
	case *api.AppendReq_Options_Any:
		decision = n.checkAny(name, ids)
	case *api.AppendReq_Options_NoStream:
		decision = checkAt(events, noStream, ids)
	case *api.AppendReq_Options_StreamExists:
		if current == noStream {
			decision = appendDecision{kind: decideWrongVersion}
		} else {
			decision = n.checkAny(name, ids)
		}
	case *api.AppendReq_Options_Revision:
		decision = checkAt(events, int64(x.Revision), ids)
	default:
		return nil, status.Error(codes.InvalidArgument, "esdbfake: append options without an expected revision")
	}

	switch decision.kind {
	case decideWrongVersion:
		return wrongExpectedVersion(opts, current), nil
	case decideIdempotent:
		return success(decision.last), nil
	}
	if len(proposed) == 0 {
		if current == noStream {
			return &api.AppendResp{Result: &api.AppendResp_Success_{Success: &api.AppendResp_Success{
				CurrentRevisionOption: &api.AppendResp_Success_NoStream{NoStream: &shared.Empty{}},
				PositionOption:        &api.AppendResp_Success_NoPosition{NoPosition: &shared.Empty{}},
			}}}, nil
		}
		return success(events[current]), nil
	}
	return success(n.write(name, proposed)), nil
}

type decisionKind int

const (
	decideWrite decisionKind = iota
	decideIdempotent
	decideWrongVersion
)

type appendDecision struct {
	kind decisionKind
	last *event // the already recorded last event of an idempotent append
}

// checkAny is EventStoreDB's idempotency check for an append expecting any
// revision: the first event's ID decides whether this is a retry, and then
// every event must be recorded in the stream.
func (n *node) checkAny(name string, ids []uuid.UUID) appendDecision {
	var last *event
	for i, id := range ids {
		e, ok := n.byID[id]
		if !ok || e.stream != name {
			if i == 0 {
				return appendDecision{kind: decideWrite}
			}
			return appendDecision{kind: decideWrongVersion} // EventStoreDB: corrupted idempotency
		}
		last = e
	}
	if last == nil {
		return appendDecision{kind: decideWrite}
	}
	return appendDecision{kind: decideIdempotent, last: last}
}

// checkAt is EventStoreDB's check for an append expecting the stream's last
// revision to be expected: at the current revision it writes; below, the
// events after expected must carry the appended IDs in order (a retry).
func checkAt(events []*event, expected int64, ids []uuid.UUID) appendDecision {
	current := int64(len(events)) - 1
	switch {
	case expected == current:
		return appendDecision{kind: decideWrite}
	case expected > current:
		return appendDecision{kind: decideWrongVersion}
	}
	var last *event
	for i, id := range ids {
		rev := expected + 1 + int64(i)
		if rev > current || events[rev].id != id {
			return appendDecision{kind: decideWrongVersion}
		}
		last = events[rev]
	}
	if last == nil {
		return appendDecision{kind: decideWrongVersion}
	}
	return appendDecision{kind: decideIdempotent, last: last}
}

// write records proposed at the end of stream name and returns the last
// event. n.mu must be held.
func (n *node) write(name string, proposed []*api.AppendReq_ProposedMessage) *event {
	var last *event
	for _, m := range proposed {
		id, _ := fromProtoUUID(m.GetId()) // checked by append
		metadata := make(map[string]string, len(m.GetMetadata())+1)
		for k, v := range m.GetMetadata() {
			metadata[k] = v
		}
		// The client cannot decode an event without its creation time, in
		// .NET ticks (100 ns) since the Unix epoch.
		metadata["created"] = strconv.FormatInt(time.Now().UnixNano()/100, 10)
		last = &event{
			id:       id,
			stream:   name,
			revision: uint64(len(n.streams[name])),
			position: uint64(len(n.log)) + 1,
			metadata: metadata,
			custom:   m.GetCustomMetadata(),
			data:     m.GetData(),
		}
		n.log = append(n.log, last)
		n.streams[name] = append(n.streams[name], last)
		n.byID[id] = last
	}
	close(n.appended)
	n.appended = make(chan struct{})
	return last
}

func success(last *event) *api.AppendResp {
	return &api.AppendResp{Result: &api.AppendResp_Success_{Success: &api.AppendResp_Success{
		CurrentRevisionOption: &api.AppendResp_Success_CurrentRevision{CurrentRevision: last.revision},
		PositionOption: &api.AppendResp_Success_Position{Position: &api.AppendResp_Position{
			CommitPosition: last.position, PreparePosition: last.position,
		}},
	}}}
}

// wrongExpectedVersion answers as EventStoreDB does: a result, not a gRPC error.
func wrongExpectedVersion(opts *api.AppendReq_Options, current int64) *api.AppendResp {
	wrong := &api.AppendResp_WrongExpectedVersion{}
	if current == noStream {
		wrong.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentNoStream{CurrentNoStream: &shared.Empty{}}
	} else {
		wrong.CurrentRevisionOption = &api.AppendResp_WrongExpectedVersion_CurrentRevision{CurrentRevision: uint64(current)}
	}
	switch x := opts.GetExpectedStreamRevision().(type) {
	case *api.AppendReq_Options_Any:
		wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedAny{ExpectedAny: &shared.Empty{}}
	case *api.AppendReq_Options_NoStream:
		wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedNoStream{ExpectedNoStream: &shared.Empty{}}
	case *api.AppendReq_Options_StreamExists:
		wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedStreamExists{ExpectedStreamExists: &shared.Empty{}}
	case *api.AppendReq_Options_Revision:
		wrong.ExpectedRevisionOption = &api.AppendResp_WrongExpectedVersion_ExpectedRevision{ExpectedRevision: x.Revision}
	}
	return &api.AppendResp{Result: &api.AppendResp_WrongExpectedVersion_{WrongExpectedVersion: wrong}}
}

// Read implements api.StreamsServer.
func (n *node) Read(req *api.ReadReq, srv api.Streams_ReadServer) error {
	o := req.GetOptions()
	filter, err := newFilter(o.GetFilter())
	if err != nil {
		return status.Errorf(codes.InvalidArgument, "esdbfake: filter: %v", err)
	}
	switch {
	case o.GetSubscription() != nil && o.GetAll() != nil:
		return n.subscribeAll(o.GetAll(), filter, srv)
	case o.GetSubscription() != nil:
		return status.Error(codes.Unimplemented, "esdbfake: only subscriptions to $all")
	case o.GetStream() != nil:
		return n.readStream(o.GetStream(), o.GetReadDirection(), o.GetCount(), srv)
	case o.GetReadDirection() == api.ReadReq_Options_Backwards:
		return status.Error(codes.Unimplemented, "esdbfake: backwards reads of $all")
	}
	return n.readAll(o.GetAll(), o.GetCount(), filter, srv)
}

func (n *node) readStream(opts *api.ReadReq_Options_StreamOptions, dir api.ReadReq_Options_ReadDirection, count uint64, srv api.Streams_ReadServer) error {
	n.mu.Lock()
	events := n.streams[string(opts.GetStreamIdentifier().GetStreamName())]
	n.mu.Unlock()
	if len(events) == 0 {
		return srv.Send(&api.ReadResp{Content: &api.ReadResp_StreamNotFound_{StreamNotFound: &api.ReadResp_StreamNotFound{
			StreamIdentifier: opts.GetStreamIdentifier(),
		}}})
	}
	end := int64(len(events))
	var from int64
	switch x := opts.GetRevisionOption().(type) {
	case *api.ReadReq_Options_StreamOptions_Revision:
		from = int64(min(x.Revision, uint64(end)))
	case *api.ReadReq_Options_StreamOptions_End:
		from = end
	}
	step := int64(1)
	if dir == api.ReadReq_Options_Backwards {
		step, from = -1, min(from, end-1)
	}
	for i := from; i >= 0 && i < end && count > 0; i += step {
		if err := srv.Send(events[i].readResp()); err != nil {
			return err
		}
		count--
	}
	return nil
}

// logIndex is where a read of $all from p starts: reads include the event
// at p, subscriptions start after it.
func (n *node) logIndex(opts *api.ReadReq_Options_AllOptions, after bool) int {
	switch x := opts.GetAllOption().(type) {
	case *api.ReadReq_Options_AllOptions_End:
		return len(n.log)
	case *api.ReadReq_Options_AllOptions_Position:
		i := int(min(x.Position.GetCommitPosition(), uint64(len(n.log))))
		if !after && i > 0 {
			i--
		}
		return i
	}
	return 0
}

func (n *node) readAll(opts *api.ReadReq_Options_AllOptions, count uint64, filter *filter, srv api.Streams_ReadServer) error {
	n.mu.Lock()
	events := n.log[n.logIndex(opts, false):]
	n.mu.Unlock()
	for _, e := range events {
		if count == 0 {
			break
		}
		if !filter.match(e) {
			continue
		}
		if err := srv.Send(e.readResp()); err != nil {
			return err
		}
		count--
	}
	return nil
}

func (n *node) subscribeAll(opts *api.ReadReq_Options_AllOptions, filter *filter, srv api.Streams_ReadServer) error {
	n.mu.Lock()
	n.subscriptions++
	dropAfter := n.dropAfter
	next := n.logIndex(opts, true)
	n.mu.Unlock()
	confirm := &api.ReadResp{Content: &api.ReadResp_Confirmation{Confirmation: &api.ReadResp_SubscriptionConfirmation{
		SubscriptionId: uuid.NewString(),
	}}}
	if err := srv.Send(confirm); err != nil {
		return err
	}
	sent, caughtUp := 0, false
	for {
		n.mu.Lock()
		events, appended := n.log[next:], n.appended
		n.mu.Unlock()
		for _, e := range events {
			next++
			if !filter.match(e) {
				continue
			}
			if dropAfter > 0 && sent == dropAfter {
				return status.Error(codes.Unavailable, "esdbfake: subscription dropped on purpose")
			}
			if err := srv.Send(e.readResp()); err != nil {
				return err
			}
			sent++
		}
		if !caughtUp {
			caughtUp = true
			if err := n.sendCaughtUp(srv, filter, next); err != nil {
				return err
			}
		}
		select {
		case <-appended:
		case <-srv.Context().Done():
			return srv.Context().Err()
		}
	}
}

// sendCaughtUp marks the end of the catch-up phase; a filtered subscription
// also gets a checkpoint, as EventStoreDB sends them while it searches.
func (n *node) sendCaughtUp(srv api.Streams_ReadServer, filter *filter, scanned int) error {
	if filter != nil {
		checkpoint := &api.ReadResp{Content: &api.ReadResp_Checkpoint_{Checkpoint: &api.ReadResp_Checkpoint{
			CommitPosition: uint64(scanned), PreparePosition: uint64(scanned),
		}}}
		if err := srv.Send(checkpoint); err != nil {
			return err
		}
	}
	return srv.Send(&api.ReadResp{Content: &api.ReadResp_CaughtUp_{CaughtUp: &api.ReadResp_CaughtUp{}}})
}

func (e *event) readResp() *api.ReadResp {
	return &api.ReadResp{Content: &api.ReadResp_Event{Event: &api.ReadResp_ReadEvent{
		Event: &api.ReadResp_ReadEvent_RecordedEvent{
			Id:               protoUUID(e.id),
			StreamIdentifier: &shared.StreamIdentifier{StreamName: []byte(e.stream)},
			StreamRevision:   e.revision,
			PreparePosition:  e.position,
			CommitPosition:   e.position,
			Metadata:         e.metadata,
			CustomMetadata:   e.custom,
			Data:             e.data,
		},
		Position: &api.ReadResp_ReadEvent_CommitPosition{CommitPosition: e.position},
	}}}
}

// filter is a server-side filter on stream name or event type; nil passes all.
type filter struct {
	onStream bool
	prefixes []string
	regex    *regexp.Regexp
}

func newFilter(o *api.ReadReq_Options_FilterOptions) (*filter, error) {
	if o == nil {
		return nil, nil
	}
	expr, onStream := o.GetEventType(), false
	if o.GetStreamIdentifier() != nil {
		expr, onStream = o.GetStreamIdentifier(), true
	}
	f := &filter{onStream: onStream, prefixes: expr.GetPrefix()}
	if expr.GetRegex() != "" {
		re, err := regexp.Compile(expr.GetRegex())
		if err != nil {
			return nil, err
		}
		f.regex = re
	}
	if f.regex == nil && len(f.prefixes) == 0 {
		return nil, fmt.Errorf("neither prefixes nor a regex")
	}
	return f, nil
}

func (f *filter) match(e *event) bool {
	if f == nil {
		return true
	}
	subject := e.eventType()
	if f.onStream {
		subject = e.stream
	}
	if f.regex != nil && f.regex.MatchString(subject) {
		return true
	}
	for _, p := range f.prefixes {
		if strings.HasPrefix(subject, p) {
			return true
		}
	}
	return false
}

func protoUUID(id uuid.UUID) *shared.UUID {
	most, least := esdbclient.UUIDAsInt64(id)
	return &shared.UUID{Value: &shared.UUID_Structured_{Structured: &shared.UUID_Structured{
		MostSignificantBits: most, LeastSignificantBits: least,
	}}}
}

func fromProtoUUID(id *shared.UUID) (uuid.UUID, error) {
	if s := id.GetStructured(); s != nil {
		return esdbclient.ParseUUIDFromInt64(s.GetMostSignificantBits(), s.GetLeastSignificantBits())
	}
	return uuid.Parse(id.GetString_())
}
