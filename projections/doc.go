// Package projections keeps the PostgreSQL read models the API reads, and
// can rebuild, verify and replay them from the event log.
//
// The Projector folds the log in memory with the domain folds
// (domain.Governance and domain.SpendLedger: the one place domain logic
// lives) and, per batch of events, writes the rows of every entity the batch
// changed, the budget allocation of the billing periods it affected, and the
// summaries, in one transaction with its checkpoint: each event takes effect
// exactly once, however the projector stops. Rows keep the domain state as
// jsonb beside indexed columns for filters and keyset pagination, and every
// row is a function of the log alone, so that Rebuild reproduces it exactly
// and Verify can compare row by row.
//
// One projector is active per schema: it holds a session advisory lock on
// its own connection, and writes through that connection, so that if the
// connection dies its writes stop with its lock. Others wait for the lock.
// After each commit it sends one NOTIFY per change on the schema's channel;
// Queries.SubscribeChanges on any API instance relays them.
package projections
