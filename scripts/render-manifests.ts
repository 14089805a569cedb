import fs from 'node:fs';
import path from 'node:path';
import { applyPatch, type Operation } from 'fast-json-patch';
import { parseAllDocuments, parse, stringify } from 'yaml';

/**
 * Renders a kustomization under deploy/kubernetes the way `kubectl kustomize` does, for the
 * fields this project uses and no others: resources (files and directories), namespace, images,
 * replicas, and patches written as JSON 6902 operations. Any other field is refused, so the
 * manifests CI validates (test/deploy/kubernetes.test.ts) are the manifests a cluster receives.
 * No kustomize implementation runs on Node; this subset keeps CI free of a Go binary.
 *
 *   npm run deploy:render [-- <kustomization dir>]   (default: deploy/kubernetes/overlays/production)
 */
export type Manifest = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; [k: string]: unknown }; [k: string]: unknown };

const SUPPORTED = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);
/** Kinds without a namespace among those this project uses (kustomize leaves them unnamespaced). */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass', 'PriorityClass']);
const POD_TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

interface Kustomization {
  resources?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { target: { kind?: string; name?: string }; patch: string }[];
}

export class RenderError extends Error {}

function readKustomization(dir: string): Kustomization {
  const file = ['kustomization.yaml', 'kustomization.yml'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!file) throw new RenderError(`${dir}: no kustomization.yaml`);
  const k = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const unknown = Object.keys(k).filter((key) => !SUPPORTED.has(key));
  if (unknown.length) throw new RenderError(`${file}: field(s) ${unknown.join(', ')} not supported by scripts/render-manifests.ts (supported: ${[...SUPPORTED].join(', ')})`);
  return k as Kustomization;
}

function readResourceFile(file: string): Manifest[] {
  const docs = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  const out: Manifest[] = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new RenderError(`${file}: ${doc.errors[0].message}`);
    const value = doc.toJS() as Manifest | null;
    if (value === null) continue;
    if (!value.apiVersion || !value.kind || !value.metadata?.name) throw new RenderError(`${file}: every document needs apiVersion, kind and metadata.name`);
    out.push(value);
  }
  return out;
}

/** `image` with its name (repository) swapped per the images list; the tag or digest kept unless newTag is set. */
function retag(image: string, images: NonNullable<Kustomization['images']>): string {
  const at = image.indexOf('@');
  const lastColon = image.lastIndexOf(':');
  const cut = at >= 0 ? at : lastColon > image.lastIndexOf('/') ? lastColon : image.length;
  const name = image.slice(0, cut);
  const rest = image.slice(cut);
  const rule = images.find((i) => i.name === name);
  if (!rule) return image;
  return `${rule.newName ?? name}${rule.newTag !== undefined ? `:${rule.newTag}` : rest}`;
}

export function render(dir: string): Manifest[] {
  const k = readKustomization(dir);
  let out: Manifest[] = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new RenderError(`${dir}: resource ${entry} does not exist`);
    out.push(...(fs.statSync(target).isDirectory() ? render(target) : readResourceFile(target)));
  }
  const ids = out.map((m) => `${m.kind}/${m.metadata.namespace ?? ''}/${m.metadata.name}`);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new RenderError(`${dir}: ${dup} is defined twice`);

  for (const p of k.patches ?? []) {
    const ops = parse(p.patch) as Operation[];
    if (!Array.isArray(ops)) throw new RenderError(`${dir}: only JSON 6902 patches (a list of operations) are supported`);
    const hits = out.filter((m) => (!p.target.kind || m.kind === p.target.kind) && (!p.target.name || m.metadata.name === p.target.name));
    if (!hits.length) throw new RenderError(`${dir}: patch target ${JSON.stringify(p.target)} matches nothing`);
    // validate: an operation on a missing path fails instead of being skipped
    out = out.map((m) => (hits.includes(m) ? (applyPatch(structuredClone(m), ops, true).newDocument as Manifest) : m));
  }
  for (const r of k.replicas ?? []) {
    const hits = out.filter((m) => POD_TEMPLATE_KINDS.has(m.kind) && m.metadata.name === r.name);
    if (!hits.length) throw new RenderError(`${dir}: replicas for ${r.name}: no such workload`);
    for (const m of hits) (m.spec as Record<string, unknown>).replicas = r.count;
  }
  if (k.images) {
    for (const m of out.filter((x) => POD_TEMPLATE_KINDS.has(x.kind))) {
      const pod = (m.spec as any).template.spec;
      for (const c of [...(pod.containers ?? []), ...(pod.initContainers ?? [])]) c.image = retag(c.image, k.images);
    }
  }
  if (k.namespace) {
    for (const m of out) if (!CLUSTER_SCOPED.has(m.kind)) m.metadata.namespace = k.namespace;
  }
  return out;
}

export function toYaml(manifests: Manifest[]): string {
  return manifests.map((m) => stringify(m, { lineWidth: 0 })).join('---\n');
}

if (require.main === module) {
  try {
    const dir = process.argv[2] ?? path.join(__dirname, '..', '..', 'deploy', 'kubernetes', 'overlays', 'production');
    process.stdout.write(toYaml(render(path.resolve(dir))));
  } catch (err) {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
}
