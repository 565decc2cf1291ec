// Placeholder until this screen is built (issue #11).
export function GapsPage() {
  return <h1>Allocation Gaps</h1>;
}
