// Placeholder until this screen is built (issue #11).
export default function BudgetPage() {
  return <h1>BudgetPage</h1>;
}
