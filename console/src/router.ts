import { useEffect, useState, type MouseEvent } from 'react';

/**
 * The console's few screens are addressed by path (`/`, `/requests/<id>`); the gateway answers
 * every such path with index.html, so a link can be opened, bookmarked or reloaded.
 */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  return path;
}

export function navigate(to: string): void {
  history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** For `<a href onClick={follow}>`: stays in the page unless the user asked for a new tab. */
export function follow(e: MouseEvent<HTMLAnchorElement>): void {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  e.preventDefault();
  navigate(e.currentTarget.getAttribute('href')!);
}

export const requestPath = (id: string) => `/requests/${encodeURIComponent(id)}`;
