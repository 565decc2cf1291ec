// Placeholder until this screen is built (issue #11).
export default function GovernancePage() {
  return <h1>GovernancePage</h1>;
}
