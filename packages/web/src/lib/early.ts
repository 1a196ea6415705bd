/**
 * A request started before the code that reads its answer has loaded (the citizen's survey page
 * asks the API from its small entry, beside its code): once the answer is in, `value` holds it, so
 * the first render can show it instead of a loading state; until then `promise` gives it.
 */
export interface Early<T> {
  readonly promise: Promise<T>;
  readonly value: T | undefined;
}

export function early<T>(promise: Promise<T>): Early<T> {
  const started: { promise: Promise<T>; value: T | undefined } = { promise, value: undefined };
  promise.then(
    (value) => {
      started.value = value;
    },
    // Whoever reads `promise` handles the failure; the answer is just not kept.
    () => {},
  );
  return started;
}
