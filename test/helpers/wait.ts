/**
 * For state that gives no change notification (a counter, a process table): resolves when
 * `condition()` holds, checking every `everyMs`; rejects after `ms`. Never a fixed sleep.
 */
export async function until(condition: () => boolean | Promise<boolean>, what: string, ms = 30_000, everyMs = 20): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
