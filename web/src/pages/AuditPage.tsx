// Placeholder until this screen is built (issue #11).
export default function AuditPage() {
  return <h1>AuditPage</h1>;
}
