import type { CombinedError } from 'urql';

/** The error's code (extensions.code) of the first GraphQL error, if any. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** An error in words for a person: the server's message, or why it could not be reached. */
export function errorText(error: CombinedError): string {
  if (error.graphQLErrors.length > 0) return error.graphQLErrors.map((e) => e.message).join('; ');
  if (error.networkError) return `the server could not be reached (${error.networkError.message})`;
  return error.message;
}
