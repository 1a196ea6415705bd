/**
 * The server's field errors of a failed request, keyed by form path: with the prefix
 * 'body/definition/', 'body/definition/sections/0/questions/4/key' becomes
 * 'sections.0.questions.4.key'. Errors elsewhere are left out; the first message per path wins.
 */
export function fieldErrorsOf(
  errors: readonly { path: string; message: string }[] | undefined,
  prefix = 'body/',
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { path, message } of errors ?? []) {
    if (!path.startsWith(prefix)) continue;
    const field = path.slice(prefix.length).split('/').filter(Boolean).join('.');
    if (field && !(field in result)) result[field] = message;
  }
  return result;
}
