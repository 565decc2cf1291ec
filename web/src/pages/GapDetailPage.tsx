// Placeholder until this screen is built (issue #11).
export default function GapDetailPage() {
  return <h1>GapDetailPage</h1>;
}
