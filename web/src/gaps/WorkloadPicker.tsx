import { useId } from 'react';
import { useQuery } from 'urql';
import { errorText } from '../api/errors';
import { graphql } from '../gql';

const WorkloadChoicesQuery = graphql(`
  query WorkloadChoices {
    workloads(first: 100) {
      edges {
        node {
          id
          name
          productOwner
        }
      }
    }
  }
`);

/** The workload a claim or a dedicated role is for. */
export function WorkloadPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const id = useId();
  const [{ data, error, fetching }] = useQuery({ query: WorkloadChoicesQuery });
  return (
    <div className="field">
      <label htmlFor={id}>Workload</label>
      <select id={id} value={value} required onChange={(e) => onChange(e.target.value)}>
        <option value="">{fetching ? 'Loading workloads…' : 'Choose a workload'}</option>
        {data?.workloads.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.name} ({node.productOwner})
          </option>
        ))}
      </select>
      {error && <p role="alert">The workloads could not be loaded: {errorText(error)}</p>}
    </div>
  );
}
