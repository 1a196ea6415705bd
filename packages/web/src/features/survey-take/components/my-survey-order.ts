interface Listed {
  responded: boolean;
  closesAt: string;
}

/** Unanswered surveys first, each group by the nearest closing time: what needs doing, soonest first. */
export function orderMySurveys<T extends Listed>(surveys: readonly T[]): T[] {
  return [...surveys].sort(
    (a, b) => Number(a.responded) - Number(b.responded) || Date.parse(a.closesAt) - Date.parse(b.closesAt),
  );
}
