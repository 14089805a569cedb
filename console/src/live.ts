import { useCallback, useState } from 'react';

/**
 * Live screens: every event a screen follows bumps a version; queries given the version's context
 * run again from the network, so the screen shows the server's state without a reload.
 */
export function useVersion(): [number, () => void] {
  const [version, setVersion] = useState(0);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return [version, refresh];
}

/** A new context object per version: urql then runs the query again, from the network. */
export function useContextFor(version: number) {
  const [contexts] = useState(() => new Map<number, { requestPolicy: 'network-only'; version: number }>());
  if (!contexts.has(version)) contexts.set(version, { requestPolicy: 'network-only', version });
  return contexts.get(version);
}
