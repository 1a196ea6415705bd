// The code of a citizen's survey link (/s/<code>), read by the page's entry, which asks the API for
// the survey before the page's code has loaded, and by the page.

const CODE = /^[a-z0-9]{8,32}$/;

/** The code of /s/<code>; whatever follows it is ignored, a malformed one is shown as unknown. */
export function codeOf(pathname: string): string {
  const segment = pathname.split('/')[2] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** Whether a code can be a survey's at all (else the page says it is unknown, without asking). */
export function isPublicCode(code: string): boolean {
  return CODE.test(code);
}
