import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorText } from '../api/errors';
import { useCan } from '../auth/identity';
import { Timestamp } from '../components/Timestamp';
import { anchorText } from '../format/anchor';
import { graphql } from '../gql';
import type { TaskFieldsFragment } from '../gql/graphql';
import { DecisionForm, OpenableAction } from './DecisionForm';
import { PAGE_SIZE, PagedList, ShowMore, type PageProps } from './PagedList';

// Exported because only codegen reads it: the operations below spread it by name.
export const TaskFields = graphql(`
  fragment TaskFields on Task {
    id
    kind
    target
    status
    gapId
    createdAt
  }
`);

const TasksPage = graphql(`
  query TasksPage($first: Int!, $after: String) {
    tasks(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...TaskFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CompleteTask = graphql(`
  mutation CompleteTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        ...TaskFields
      }
    }
  }
`);

/** The Cloud Engineer's work that gap decisions created: create a role, deny a model, move a resource. */
export function Tasks() {
  return (
    <section aria-labelledby="tasks-heading">
      <h2 id="tasks-heading">Cloud Engineer tasks</h2>
      <PagedList generation={0} page={(p) => <TasksPageView {...p} />} />
    </section>
  );
}

function TasksPageView({ after, onShowMore }: PageProps) {
  const [{ data, error }] = useQuery({
    query: TasksPage,
    variables: { first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  if (error) return <p role="alert">Tasks could not be loaded: {errorText(error)}</p>;
  if (!data) return <p className="loading">Loading tasks…</p>;
  const { edges, pageInfo, totalCount } = data.tasks;
  if (after === null && totalCount === 0) return <p>No tasks: no gap decision has asked for engineering work yet.</p>;
  return (
    <>
      <table aria-label={after === null ? 'Tasks' : 'More tasks'}>
        <thead>
          <tr>
            <th scope="col">Task</th>
            <th scope="col">Target</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Gap</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => (
            <TaskRow key={e.node.id} task={e.node} />
          ))}
        </tbody>
      </table>
      <ShowMore {...pageInfo} onShowMore={onShowMore} what="tasks" />
    </>
  );
}

function TaskRow({ task }: { task: TaskFieldsFragment }) {
  const mayComplete = useCan('completeTask');
  const [, complete] = useMutation(CompleteTask);
  return (
    <tr>
      <td>{task.kind}</td>
      <td title={task.target}>{anchorText(task.target)}</td>
      <td>{task.status}</td>
      <td>
        <Timestamp at={task.createdAt} />
      </td>
      <td>{task.gapId && <Link to={`/gaps/${task.gapId}`}>Open the gap</Link>}</td>
      <td className="record-actions">
        {mayComplete && task.status === 'Open' && (
          <OpenableAction action="Complete">
            {(close) => (
              <DecisionForm
                action="Complete"
                rationale="optional"
                submit={({ rationale }) => complete({ input: { taskId: task.id, note: rationale || null } })}
                onDone={close}
                onCancel={close}
              />
            )}
          </OpenableAction>
        )}
      </td>
    </tr>
  );
}
