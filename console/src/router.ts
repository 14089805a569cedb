import { useEffect, useState, type MouseEvent } from 'react';

/**
 * The console's few screens are addressed by path (`/`, `/requests/<id>`, `/meetings/<id>`,
 * `/meetings/<id>/minutes`); the gateway answers
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
export const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;
export const minutesPath = (id: string) => `${meetingPath(id)}/minutes`;

/**
 * The selected tab of a screen, kept in the address (`/?tab=meetings`): a reload or a link back
 * from another screen opens the same tab.
 */
export function useTab<K extends string>(keys: readonly K[], fallback: K): [K, (key: K) => void] {
  const [tab, setTab] = useState<K>(() => {
    const asked = new URLSearchParams(location.search).get('tab') as K | null;
    return asked && keys.includes(asked) ? asked : fallback;
  });
  const choose = (key: K) => {
    history.replaceState(history.state, '', `${location.pathname}?tab=${key}`);
    setTab(key);
  };
  return [tab, choose];
}

export const tabPath = (tab: string) => `/?tab=${tab}`;
