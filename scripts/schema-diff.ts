import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { supergraphPath } from '../src/gateway/supergraph';
import { buildSubgraphSdls, composeSupergraph } from './compose';
import { projectRoot } from '../src/shared/paths';
import { apiSchemaOf } from './api-schema';

/**
 * npm run schema:diff [-- <git-ref>] [--all] [--fail-on-breaking]
 *
 * Composes the supergraph from the code as it is now and lists how its API differs from the
 * supergraph committed at <git-ref> (default HEAD: "what do my uncommitted changes do to the
 * contract"), grouped as breaking, dangerous and safe (graphql-inspector's criticality).
 * It prints and exits 0 whatever it finds (CI shows the list; people decide): pass
 * --fail-on-breaking to make breaking changes fail. Description-only changes are counted, listed
 * with --all.
 */
const GROUPS: [CriticalityLevel, string, string][] = [
  [CriticalityLevel.Breaking, 'Breaking', '✖'],
  [CriticalityLevel.Dangerous, 'Dangerous', '⚠'],
  [CriticalityLevel.NonBreaking, 'Safe', '✔'],
];

function committedSupergraph(ref: string): string | null {
  const file = path.relative(projectRoot(), supergraphPath()).split(path.sep).join('/');
  try {
    return execFileSync('git', ['show', `${ref}:${file}`], { cwd: projectRoot(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return null;
  }
}

export function describeChanges(changes: Change[], all: boolean): string[] {
  const lines: string[] = [];
  for (const [level, title, mark] of GROUPS) {
    const group = changes.filter((c) => c.criticality.level === level);
    const descriptions = group.filter((c) => /DESCRIPTION/.test(String(c.type)));
    const shown = all ? group : group.filter((c) => !descriptions.includes(c));
    lines.push(`${title} (${group.length}):`);
    for (const c of shown) {
      const why = c.criticality.reason ? ` — ${c.criticality.reason}` : '';
      lines.push(`  ${mark} ${c.message}${level === CriticalityLevel.NonBreaking ? '' : why}`);
    }
    if (!all && descriptions.length) lines.push(`  ${mark} ${descriptions.length} description change(s) (--all lists them)`);
  }
  return lines;
}

async function main() {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const failOnBreaking = args.includes('--fail-on-breaking');
  const ref = args.find((a) => !a.startsWith('--')) ?? 'HEAD';

  const base = committedSupergraph(ref);
  if (base === null) {
    console.log(`schema:diff: no schema/supergraph.graphql at git ref "${ref}" (unknown ref, shallow clone, or not a git checkout): nothing to compare.`);
    return;
  }
  const fresh = composeSupergraph(await buildSubgraphSdls());
  const changes = await diff(apiSchemaOf(base), apiSchemaOf(fresh));
  console.log(`schema:diff: API of the supergraph composed from the code vs schema/supergraph.graphql at ${ref}`);
  if (!changes.length) {
    console.log('No changes.');
    return;
  }
  console.log(describeChanges(changes, all).join('\n'));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking).length;
  if (breaking && failOnBreaking) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
