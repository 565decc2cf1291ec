import type { CombinedError } from 'urql';
import { errorCode, errorText } from '../api/errors';

/**
 * A refused or failed mutation in words, next to its form. A CONFLICT means
 * the record changed since it was loaded: onRetryFresh, when given, offers to
 * reload it and try again with what was typed.
 */
export function FormError({ error, onRetryFresh }: { error?: CombinedError; onRetryFresh?: () => void }) {
  if (!error) return null;
  const conflict = errorCode(error) === 'CONFLICT';
  return (
    <div role="alert" className="form-error">
      {conflict ? (
        <p>
          Someone else changed this record since you opened it: {errorText(error)}. Your entries are kept; review
          the current state, then try again.
        </p>
      ) : (
        <p>{errorText(error)}</p>
      )}
      {conflict && onRetryFresh && (
        <button type="button" onClick={onRetryFresh}>
          Load the current version
        </button>
      )}
    </div>
  );
}
