import { useState } from 'react';

/** Cursor paging: the cursors of the pages seen so far, so the previous page is one step back. */
export function usePaging() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  return {
    after: stack[stack.length - 1],
    page: stack.length,
    next: (cursor: string) => setStack((s) => [...s, cursor]),
    previous: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)),
  };
}

export function Pager({ paging, hasNextPage, endCursor }: { paging: ReturnType<typeof usePaging>; hasNextPage: boolean; endCursor: string | null }) {
  return (
    <nav aria-label="翻页" className="pager">
      <button type="button" onClick={paging.previous} disabled={paging.page === 1}>
        上一页
      </button>
      <span>第 {paging.page} 页</span>
      <button type="button" onClick={() => endCursor && paging.next(endCursor)} disabled={!hasNextPage || !endCursor}>
        下一页
      </button>
    </nav>
  );
}
