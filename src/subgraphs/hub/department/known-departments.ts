import { badInput } from '../../../shared/errors';
import type { HubContext } from '../context';

/**
 * A list filter naming a department the hub does not know is a mistake (a typo, "fire"), not a
 * question whose answer is "nothing": BAD_USER_INPUT naming the filter field. One batched lookup.
 */
export async function requireKnownDepartments(ctx: HubContext, filters: Record<string, string | null | undefined>): Promise<void> {
  const named = Object.entries(filters).filter((e): e is [string, string] => typeof e[1] === 'string');
  const found = await Promise.all(named.map(([, code]) => ctx.loaders.department.load(code)));
  const unknown = named.find((_, i) => !found[i]);
  if (unknown) throw badInput(`Unknown department "${unknown[1]}" in ${unknown[0]}.`, unknown[0]);
}
