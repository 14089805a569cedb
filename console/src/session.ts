/**
 * The signed-in token, kept for this browser tab only (sessionStorage): closing the tab signs out.
 * In development it comes from the gateway's demo sign-in (`/dev/token`), in production it is pasted
 * (OIDC later).
 */
const KEY = 'liaison-hub.token';

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}

export interface DemoUser {
  user: string;
  name: string;
  department: string | null;
  roles: string[];
}

/** The demo users, or null when the gateway runs in production (it answers 404 there). */
export async function fetchDemoUsers(): Promise<DemoUser[] | null> {
  const res = await fetch('/dev/demo-users');
  if (!res.ok) return null;
  return (await res.json()) as DemoUser[];
}

export async function mintDemoToken(user: string): Promise<string> {
  const res = await fetch('/dev/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ user }) });
  if (!res.ok) throw new Error(`演示令牌签发失败（${res.status}）`);
  return ((await res.json()) as { token: string }).token;
}
