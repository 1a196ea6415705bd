import { useEffect, useRef } from 'react';

interface PagedQuery {
  data?: { items: readonly unknown[]; total: number } | undefined;
  isPlaceholderData: boolean;
}

/** Sets the page in the address; `undefined` is page 1. */
export type SetPage = (page: number | undefined, replace?: boolean) => void;

/**
 * Paging of a list page kept in the address: a page number beyond the results (an old link, or
 * rows removed meanwhile) goes back to page 1; turning a page scrolls back to the top of the main
 * content. Returns the handler for the pager.
 */
export function usePaging(query: PagedQuery, setPage: SetPage): (next: number) => void {
  const { data, isPlaceholderData } = query;
  const pastTheEnd = !isPlaceholderData && data !== undefined && data.items.length === 0 && data.total > 0;
  const latestSetPage = useRef(setPage);
  latestSetPage.current = setPage;

  useEffect(() => {
    if (pastTheEnd) latestSetPage.current(undefined, true);
  }, [pastTheEnd]);

  return (next: number) => {
    setPage(next > 1 ? next : undefined);
    document.getElementById('main-content')?.scrollIntoView({ block: 'start' });
  };
}
