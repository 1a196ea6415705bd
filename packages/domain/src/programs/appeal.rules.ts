// The appeal window of a program's selection (sanggah): the program publishes, with its terms, how
// many days after the selection is announced an applicant may appeal it. Jenjang's own rule, as no
// regulation sets a window for development programs; the days count from the day of the
// announcement in the government's calendar, and the last day is included.

/** The last day an appeal may be filed, or null when the program takes no appeals. */
export function appealWindowEndsOn(announcedOn: string, days: number): string | null {
  if (days <= 0) return null;
  const day = new Date(`${announcedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

/** Whether an application in this state may be appealed: not selected (waiting, or left out of the competition). */
export function appealable(state: string): boolean {
  return state === 'waitlisted' || state === 'notSelected';
}
