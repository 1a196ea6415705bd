/** The check-in link's query (?batch=…&day=YYYY-MM-DD&code=…): anything malformed is dropped. */
export interface CheckInSearch {
  batch?: number;
  day?: string;
  code?: string;
}

export function validateCheckInSearch(search: Record<string, unknown>): CheckInSearch {
  const batch = Number(search.batch);
  const day =
    typeof search.day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(search.day) ? search.day : undefined;
  const code =
    typeof search.code === 'string' && /^[A-Za-z0-9_-]{8,64}$/.test(search.code) ? search.code : undefined;
  return {
    ...(Number.isInteger(batch) && batch > 0 ? { batch } : {}),
    ...(day ? { day } : {}),
    ...(code ? { code } : {}),
  };
}
