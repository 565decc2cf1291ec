package esdb

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
	"google.golang.org/grpc/status"
)

// fakeESDB is a test double of the EventStoreDB gRPC protocol, in memory.
// It serves the Streams service's Append and Read: stream reads (both
// directions), $all reads (forwards), and filtered $all subscriptions that
// catch up and then go live, following EventStoreDB's rules for expected
// revisions and idempotent retries (by event ID only, never by content).
// The client asks a node for its server features on connect; a node
// without that service answers Unimplemented, which the client accepts,
// so only Streams is registered. Positions are commit = prepare = the
// event's 1-based index in the log; the log starts with one system event,
// as a real node's does.
type fakeESDB struct {
	api.UnimplementedStreamsServer

	addr   string
	server *grpc.Server

	mu       sync.Mutex
	log      []*fakeEvent
	streams  map[string][]*fakeEvent
	byID     map[uuid.UUID]*fakeEvent // what EventStoreDB's recent-events cache would hold
	appended chan struct{}            // closed and replaced by every write
	// dropAfter, when positive, ends every subscription with Unavailable
	// once it has sent that many events and has another to send.
	dropAfter     int
	subscriptions int // subscriptions opened so far
}

type fakeEvent struct {
	id       uuid.UUID
	stream   string
	revision uint64
	position uint64
	metadata map[string]string // system metadata: type, content-type, created
	custom   []byte
	data     []byte
}

func (e *fakeEvent) eventType() string { return e.metadata["type"] }

// newFakeESDB starts a fake node on a free local port, stopped when the test ends.
func newFakeESDB(t testing.TB) *fakeESDB {
	t.Helper()
	f := &fakeESDB{
		streams:  make(map[string][]*fakeEvent),
		byID:     make(map[uuid.UUID]*fakeEvent),
		appended: make(chan struct{}),
	}
	f.mu.Lock()
	f.write("$stats-127.0.0.1:2113", []*api.AppendReq_ProposedMessage{{
		Id:       protoUUID(uuid.New()),
		Metadata: map[string]string{"type": "$statsCollected", "content-type": "application/json"},
		Data:     []byte(`{}`),
	}})
	f.mu.Unlock()
	f.start(t, "127.0.0.1:0")
	return f
}

// start serves on addr; a restart passes the previous address.
func (f *fakeESDB) start(t testing.TB, addr string) {
	t.Helper()
	lis, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("fake esdb: listen on %s: %v", addr, err)
	}
	// The client pings every 10 s; gRPC's default policy would call that
	// abuse and close the connection.
	server := grpc.NewServer(grpc.KeepaliveEnforcementPolicy(keepalive.EnforcementPolicy{
		MinTime:             time.Second,
		PermitWithoutStream: true,
	}))
	api.RegisterStreamsServer(server, f)
	f.addr = lis.Addr().String()
	f.server = server
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

// url is the connection string of the fake node.
func (f *fakeESDB) url() string { return "esdb://" + f.addr + "?tls=false" }

func (f *fakeESDB) setDropAfter(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.dropAfter = n
}

func (f *fakeESDB) subscriptionsOpened() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.subscriptions
}

// Append implements api.StreamsServer.
func (f *fakeESDB) Append(stream api.Streams_AppendServer) error {
	first, err := stream.Recv()
	if err != nil {
		return err
	}
	opts := first.GetOptions()
	if opts == nil {
		return status.Error(codes.InvalidArgument, "fake esdb: an append must start with its options")
	}
	var proposed []*api.AppendReq_ProposedMessage
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
			return status.Error(codes.InvalidArgument, "fake esdb: a second set of append options")
		}
		proposed = append(proposed, m)
	}
	resp, err := f.append(string(opts.GetStreamIdentifier().GetStreamName()), opts, proposed)
	if err != nil {
		return err
	}
	return stream.SendAndClose(resp)
}

// noStream is the revision of a stream without events, as EventStoreDB counts.
const noStream = -1

func (f *fakeESDB) append(name string, opts *api.AppendReq_Options, proposed []*api.AppendReq_ProposedMessage) (*api.AppendResp, error) {
	ids := make([]uuid.UUID, len(proposed))
	for i, m := range proposed {
		id, err := fromProtoUUID(m.GetId())
		if err != nil {
			return nil, status.Errorf(codes.InvalidArgument, "fake esdb: event %d: %v", i, err)
		}
		ids[i] = id
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	events := f.streams[name]
	current := int64(len(events)) - 1

	var decision appendDecision
	switch x := opts.GetExpectedStreamRevision().(type) {
	case *api.AppendReq_Options_Any:
		decision = f.checkAny(name, ids)
	case *api.AppendReq_Options_NoStream:
		decision = checkAt(events, noStream, ids)
	case *api.AppendReq_Options_StreamExists:
		if current == noStream {
			decision = appendDecision{kind: decideWrongVersion}
		} else {
			decision = f.checkAny(name, ids)
		}
	case *api.AppendReq_Options_Revision:
		decision = checkAt(events, int64(x.Revision), ids)
	default:
		return nil, status.Error(codes.InvalidArgument, "fake esdb: append options without an expected revision")
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
	return success(f.write(name, proposed)), nil
}

type decisionKind int

const (
	decideWrite decisionKind = iota
	decideIdempotent
	decideWrongVersion
)

type appendDecision struct {
	kind decisionKind
	last *fakeEvent // the already recorded last event of an idempotent append
}

// checkAny is EventStoreDB's idempotency check for an append expecting any
// revision: the first event's ID decides whether this is a retry, and then
// every event must be recorded in the stream.
func (f *fakeESDB) checkAny(name string, ids []uuid.UUID) appendDecision {
	var last *fakeEvent
	for i, id := range ids {
		e, ok := f.byID[id]
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
func checkAt(events []*fakeEvent, expected int64, ids []uuid.UUID) appendDecision {
	current := int64(len(events)) - 1
	switch {
	case expected == current:
		return appendDecision{kind: decideWrite}
	case expected > current:
		return appendDecision{kind: decideWrongVersion}
	}
	var last *fakeEvent
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
// event. f.mu must be held.
func (f *fakeESDB) write(name string, proposed []*api.AppendReq_ProposedMessage) *fakeEvent {
	var last *fakeEvent
	for _, m := range proposed {
		id, _ := fromProtoUUID(m.GetId()) // checked by append
		metadata := make(map[string]string, len(m.GetMetadata())+1)
		for k, v := range m.GetMetadata() {
			metadata[k] = v
		}
		// The client cannot decode an event without its creation time, in
		// .NET ticks (100 ns) since the Unix epoch.
		metadata["created"] = strconv.FormatInt(time.Now().UnixNano()/100, 10)
		last = &fakeEvent{
			id:       id,
			stream:   name,
			revision: uint64(len(f.streams[name])),
			position: uint64(len(f.log)) + 1,
			metadata: metadata,
			custom:   m.GetCustomMetadata(),
			data:     m.GetData(),
		}
		f.log = append(f.log, last)
		f.streams[name] = append(f.streams[name], last)
		f.byID[id] = last
	}
	close(f.appended)
	f.appended = make(chan struct{})
	return last
}

func success(last *fakeEvent) *api.AppendResp {
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
func (f *fakeESDB) Read(req *api.ReadReq, srv api.Streams_ReadServer) error {
	o := req.GetOptions()
	filter, err := newFakeFilter(o.GetFilter())
	if err != nil {
		return status.Errorf(codes.InvalidArgument, "fake esdb: filter: %v", err)
	}
	switch {
	case o.GetSubscription() != nil && o.GetAll() != nil:
		return f.subscribeAll(o.GetAll(), filter, srv)
	case o.GetSubscription() != nil:
		return status.Error(codes.Unimplemented, "fake esdb: only subscriptions to $all")
	case o.GetStream() != nil:
		return f.readStream(o.GetStream(), o.GetReadDirection(), o.GetCount(), srv)
	case o.GetReadDirection() == api.ReadReq_Options_Backwards:
		return status.Error(codes.Unimplemented, "fake esdb: backwards reads of $all")
	}
	return f.readAll(o.GetAll(), o.GetCount(), filter, srv)
}

func (f *fakeESDB) readStream(opts *api.ReadReq_Options_StreamOptions, dir api.ReadReq_Options_ReadDirection, count uint64, srv api.Streams_ReadServer) error {
	f.mu.Lock()
	events := f.streams[string(opts.GetStreamIdentifier().GetStreamName())]
	f.mu.Unlock()
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
func (f *fakeESDB) logIndex(opts *api.ReadReq_Options_AllOptions, after bool) int {
	switch x := opts.GetAllOption().(type) {
	case *api.ReadReq_Options_AllOptions_End:
		return len(f.log)
	case *api.ReadReq_Options_AllOptions_Position:
		i := int(min(x.Position.GetCommitPosition(), uint64(len(f.log))))
		if !after && i > 0 {
			i--
		}
		return i
	}
	return 0
}

func (f *fakeESDB) readAll(opts *api.ReadReq_Options_AllOptions, count uint64, filter *fakeFilter, srv api.Streams_ReadServer) error {
	f.mu.Lock()
	events := f.log[f.logIndex(opts, false):]
	f.mu.Unlock()
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

func (f *fakeESDB) subscribeAll(opts *api.ReadReq_Options_AllOptions, filter *fakeFilter, srv api.Streams_ReadServer) error {
	f.mu.Lock()
	f.subscriptions++
	dropAfter := f.dropAfter
	next := f.logIndex(opts, true)
	f.mu.Unlock()
	confirm := &api.ReadResp{Content: &api.ReadResp_Confirmation{Confirmation: &api.ReadResp_SubscriptionConfirmation{
		SubscriptionId: uuid.NewString(),
	}}}
	if err := srv.Send(confirm); err != nil {
		return err
	}
	sent, caughtUp := 0, false
	for {
		f.mu.Lock()
		events, appended := f.log[next:], f.appended
		f.mu.Unlock()
		for _, e := range events {
			next++
			if !filter.match(e) {
				continue
			}
			if dropAfter > 0 && sent == dropAfter {
				return status.Error(codes.Unavailable, "fake esdb: subscription dropped on purpose")
			}
			if err := srv.Send(e.readResp()); err != nil {
				return err
			}
			sent++
		}
		if !caughtUp {
			caughtUp = true
			if err := f.sendCaughtUp(srv, filter, next); err != nil {
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
func (f *fakeESDB) sendCaughtUp(srv api.Streams_ReadServer, filter *fakeFilter, scanned int) error {
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

func (e *fakeEvent) readResp() *api.ReadResp {
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

// fakeFilter is a server-side filter on stream name or event type; nil passes all.
type fakeFilter struct {
	onStream bool
	prefixes []string
	regex    *regexp.Regexp
}

func newFakeFilter(o *api.ReadReq_Options_FilterOptions) (*fakeFilter, error) {
	if o == nil {
		return nil, nil
	}
	expr, onStream := o.GetEventType(), false
	if o.GetStreamIdentifier() != nil {
		expr, onStream = o.GetStreamIdentifier(), true
	}
	f := &fakeFilter{onStream: onStream, prefixes: expr.GetPrefix()}
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

func (f *fakeFilter) match(e *fakeEvent) bool {
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
