import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { parseAllDocuments } from 'yaml';
import { render, RenderError, type Manifest } from '../../scripts/render-manifests';
import { ConfigError, loadConfig, SUBGRAPH_NAMES } from '../../src/shared/config';

/**
 * The Kubernetes manifests (deploy/kubernetes) as a cluster would receive them: rendered like
 * `kubectl kustomize`, then checked three ways, all offline from packages `npm ci` installs:
 *  1. against the API schemas (kubernetes-models: Kubernetes 1.27 OpenAPI, and the CloudNativePG
 *     CRDs from @kubernetes-models/cloudnative-pg), compiled validators: types, enums, required;
 *  2. for unknown fields (a misspelt `readinesProbe` passes a schema that allows extra keys):
 *     every manifest is type-checked as an object literal of the same package's interface type;
 *  3. for what no schema knows: selectors that select, probes on the ports the app listens on,
 *     a grace period that covers the drain, the hub's LISTEN bypassing PgBouncer, the ConfigMap
 *     accepted by the app's own config check.
 */
const root = path.join(__dirname, '..', '..');
const dir = (p: string) => path.join(root, 'deploy', 'kubernetes', p);
const production = render(dir('overlays/production'));
const base = render(dir('base'));
const secretExample = parseAllDocuments(fs.readFileSync(dir('secret.example.yaml'), 'utf8')).map((d) => d.toJS() as Manifest);

/** kubernetes-models module of an apiVersion + kind: its model class (with validate()) and interface. */
function modelModule(m: Manifest): string {
  const [group, version] = m.apiVersion.includes('/') ? m.apiVersion.split('/') : ['', m.apiVersion];
  if (group === 'postgresql.cnpg.io') return `@kubernetes-models/cloudnative-pg/${group}/${version}/${m.kind}`;
  return `kubernetes-models/${group ? `${group}/` : ''}${version}/${m.kind}`;
}
const all = [...production, ...base, ...secretExample];
const find = (list: Manifest[], kind: string, name: string) => {
  const m = list.find((x) => x.kind === kind && x.metadata.name === name);
  if (!m) throw new Error(`${kind}/${name} missing`);
  return m as any;
};

describe('schemas (kubernetes-models validators)', () => {
  test.each(all.map((m) => [`${m.kind}/${m.metadata.name}`, m] as const))('%s', (_id, m) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(modelModule(m));
    const Model = mod[m.kind];
    expect(Model).toBeDefined();
    expect(() => new Model(m).validate()).not.toThrow();
  });

  test('a wrong value is caught (the check can fail)', () => {
    const bad = structuredClone(find(production, 'Pooler', 'liaison-db-pooler-rw'));
    bad.spec.pgbouncer.poolMode = 'txn';
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Pooler } = require(modelModule(bad));
    expect(() => new Pooler(bad).validate()).toThrow(/poolMode/);
  });
});

describe('no unknown fields (type-checked against the same models)', () => {
  /** TypeScript's excess-property check on `const x: IKind = <manifest>` for every manifest. */
  function unknownFieldErrors(manifests: Manifest[]): string[] {
    const lines = manifests.map((m, i) => `import type { I${m.kind} as T${i} } from '${modelModule(m)}';\nexport const m${i}: T${i} = ${JSON.stringify(m)};`);
    const file = path.join(root, '__manifests__.ts');
    const host = ts.createCompilerHost({});
    const read = host.getSourceFile.bind(host);
    host.getSourceFile = (name, lang, ...rest) => (name === file ? ts.createSourceFile(name, lines.join('\n'), lang) : read(name, lang, ...rest));
    const exists = host.fileExists.bind(host);
    host.fileExists = (name) => name === file || exists(name);
    const program = ts.createProgram([file], { noEmit: true, strict: true, skipLibCheck: true, types: [], module: ts.ModuleKind.CommonJS, moduleResolution: ts.ModuleResolutionKind.Node10 }, host);
    return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n').slice(0, 300));
  }

  test('every rendered manifest and the Secret example', () => {
    expect(unknownFieldErrors(all)).toEqual([]);
  });
  test('a misspelt field is caught (the check can fail)', () => {
    const bad = structuredClone(find(production, 'Deployment', 'liaison-hub'));
    bad.spec.template.spec.containers[0].readinesProbe = bad.spec.template.spec.containers[0].readinessProbe;
    expect(unknownFieldErrors([bad]).join('\n')).toMatch(/readinesProbe/);
  });
});

describe('consistency the schemas cannot see', () => {
  const config = find(production, 'ConfigMap', 'liaison-config').data as Record<string, string>;
  const components = ['gateway', ...SUBGRAPH_NAMES];
  const deployment = (c: string) => find(production, 'Deployment', `liaison-${c}`);
  const container = (c: string) => deployment(c).spec.template.spec.containers[0];
  const matches = (selector: Record<string, string>, labels: Record<string, string>) => Object.entries(selector).every(([k, v]) => labels[k] === v);

  test('the ConfigMap passes the app\'s own configuration check; the placeholder secrets do not', () => {
    const secrets = { GATEWAY_SIGNING_SECRET: 'x'.repeat(40), JWT_SECRET: 'y'.repeat(40), DATABASE_URL: 'postgres://u:p@liaison-db-pooler-rw:5432/liaison_hub' };
    expect(() => loadConfig({ ...config, ...secrets })).not.toThrow();
    const example = secretExample.find((m) => m.kind === 'Secret') as any;
    expect(() => loadConfig({ ...config, ...example.stringData })).toThrow(ConfigError);
  });

  test.each(components)('%s: Deployment, Service and PodDisruptionBudget select the same pods', (c) => {
    const d = deployment(c);
    const podLabels = d.spec.template.metadata.labels;
    expect(matches(d.spec.selector.matchLabels, podLabels)).toBe(true);
    expect(matches(find(production, 'Service', `liaison-${c}`).spec.selector, podLabels)).toBe(true);
    const pdb = find(production, 'PodDisruptionBudget', `liaison-${c}`);
    expect(matches(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
    // the selector must not also pick another component's pods
    for (const other of components.filter((o) => o !== c)) {
      expect(matches(pdb.spec.selector.matchLabels, deployment(other).spec.template.metadata.labels)).toBe(false);
    }
  });

  test.each(components)('%s: runs its role, probes /health and /ready on the API port, exposes METRICS_PORT', (c) => {
    const k = container(c);
    expect(k.command).toEqual(c === 'gateway' ? ['node', 'dist/src/main.js', 'gateway'] : ['node', 'dist/src/main.js', 'subgraph', c]);
    const port = (name: string) => k.ports.find((p: any) => p.name === name)?.containerPort;
    expect(port('http')).toBe(Number(config.PORT));
    expect(port('metrics')).toBe(Number(config.METRICS_PORT));
    expect(deployment(c).spec.template.metadata.annotations['prometheus.io/port']).toBe(config.METRICS_PORT);
    expect(k.livenessProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(k.startupProbe.httpGet).toEqual({ path: '/health', port: 'http' });
    expect(k.readinessProbe.httpGet).toEqual({ path: '/ready', port: 'http' });
    expect(k.resources.requests.cpu).toBeDefined();
    expect(k.resources.limits.memory).toBeDefined();
    expect(k.envFrom).toEqual([{ configMapRef: { name: 'liaison-config' } }, { secretRef: { name: 'liaison-secrets' } }]);
    expect(k.image).toBe('registry.example.gov.cn/liaison/liaison-hub:0.1.0');
    expect(deployment(c).metadata.namespace).toBe('liaison-hub');
  });

  test.each(components)('%s: the grace period covers the preStop pause, SHUTDOWN_GRACE_MS and closing WebSockets', (c) => {
    const spec = deployment(c).spec.template.spec;
    const preStopSeconds = Number(container(c).lifecycle.preStop.exec.command[1]);
    const wsCloseMs = 2_000; // WS_CLOSE_WAIT_MS in src/shared/shutdown.ts
    expect(spec.terminationGracePeriodSeconds * 1000).toBeGreaterThanOrEqual(preStopSeconds * 1000 + Number(config.SHUTDOWN_GRACE_MS) + wsCloseMs + 3_000);
    // and not so long that a hung process (forced out at SHUTDOWN_GRACE_MS + 30 s) outlives it by much
    expect(spec.terminationGracePeriodSeconds * 1000).toBeLessThanOrEqual(preStopSeconds * 1000 + Number(config.SHUTDOWN_GRACE_MS) + 30_000);
  });

  test('the gateway and the hub scale by HorizontalPodAutoscaler (and set no replicas to fight it); the others run at least 2', () => {
    for (const c of components) {
      const hpa = production.find((m) => m.kind === 'HorizontalPodAutoscaler' && (m as any).spec.scaleTargetRef.name === `liaison-${c}`) as any;
      if (c === 'gateway' || c === 'hub') {
        expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: `liaison-${c}` });
        expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
        expect(deployment(c).spec.replicas).toBeUndefined();
      } else {
        expect(hpa).toBeUndefined();
        expect(deployment(c).spec.replicas).toBeGreaterThanOrEqual(2);
      }
    }
    expect(find(production, 'HorizontalPodAutoscaler', 'liaison-gateway').spec.maxReplicas).toBe(20); // the overlay's patch
  });

  test('the gateway finds every subgraph at its Service', () => {
    for (const name of SUBGRAPH_NAMES) {
      const url = new URL(config[`SUBGRAPH_URL_${name.toUpperCase()}`]);
      const svc = find(production, 'Service', url.hostname);
      expect(svc.spec.ports.find((p: any) => p.name === 'http').port).toBe(Number(url.port));
      expect(svc.spec.selector['app.kubernetes.io/component']).toBe(name);
      expect(url.pathname).toBe('/graphql');
    }
  });

  test('subgraphs query through the PgBouncer Pooler (transaction mode) and LISTEN on the primary directly', () => {
    const cluster = find(production, 'Cluster', 'liaison-db');
    const pooler = find(production, 'Pooler', 'liaison-db-pooler-rw');
    expect(pooler.spec.cluster.name).toBe(cluster.metadata.name);
    expect(pooler.spec.pgbouncer.poolMode).toBe('transaction');
    for (const name of SUBGRAPH_NAMES) {
      const env: { name: string; value?: string; valueFrom?: any }[] = container(name).env;
      const value = (n: string) => env.find((e) => e.name === n)!;
      // $(VAR) refers only to variables defined before it (Kubernetes expands nothing else)
      env.forEach((e, i) => {
        for (const [, ref] of (e.value ?? '').matchAll(/\$\(([A-Z_]+)\)/g)) expect(env.slice(0, i).map((x) => x.name)).toContain(ref);
      });
      // the operator keeps the owner's credentials in <cluster>-app
      expect(value('DB_USER').valueFrom.secretKeyRef).toEqual({ name: `${cluster.metadata.name}-app`, key: 'username' });
      expect(value('DB_PASSWORD').valueFrom.secretKeyRef).toEqual({ name: `${cluster.metadata.name}-app`, key: 'password' });
      const pooled = new URL(value('DATABASE_URL').value!.replace(/\$\(\w+\)/g, 'x'));
      const direct = new URL(value('DATABASE_DIRECT_URL').value!.replace(/\$\(\w+\)/g, 'x'));
      expect(pooled.hostname).toBe(pooler.metadata.name);
      expect(direct.hostname).toBe(`${cluster.metadata.name}-rw`);
      expect([pooled.pathname, direct.pathname]).toEqual([`/${cluster.spec.bootstrap.initdb.database}`, `/${cluster.spec.bootstrap.initdb.database}`]);
    }
    expect(container('gateway').env.some((e: any) => /DATABASE/.test(e.name))).toBe(false);
  });

  test('the Secret is not applied by the kustomization (applying must never overwrite the real one)', () => {
    expect(production.some((m) => m.kind === 'Secret')).toBe(false);
    expect(base.some((m) => m.kind === 'Secret')).toBe(false);
  });
});

describe('the renderer', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kustomize-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    const d = fs.mkdtempSync(path.join(tmp, 'k-'));
    for (const [f, text] of Object.entries(files)) fs.writeFileSync(path.join(d, f), text);
    return d;
  };
  const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: a }\ndata: { X: "1" }\n';

  test('refuses a kustomize field it does not implement, rather than ignoring it', () => {
    const d = write({ 'kustomization.yaml': 'resources: [cm.yaml]\nnamePrefix: prod-\n', 'cm.yaml': cm });
    expect(() => render(d)).toThrow(RenderError);
    expect(() => render(d)).toThrow(/namePrefix/);
  });
  test('a patch on a path that does not exist fails', () => {
    const d = write({ 'kustomization.yaml': 'resources: [cm.yaml]\npatches:\n  - target: { kind: ConfigMap, name: a }\n    patch: |-\n      - { op: replace, path: /data/Y, value: "2" }\n', 'cm.yaml': cm });
    expect(() => render(d)).toThrow();
  });
  test('images keep the tag unless newTag is given; namespace skips cluster-scoped kinds', () => {
    const dep = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: d }\nspec: { selector: {}, template: { spec: { containers: [{ name: c, image: "repo/app:1.2" }] } } }\n';
    const d = write({ 'kustomization.yaml': 'namespace: n\nresources: [d.yaml, ns.yaml]\nimages: [{ name: repo/app, newName: other/app }]\n', 'd.yaml': dep, 'ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata: { name: n }\n' });
    const [m, ns] = render(d) as any[];
    expect(m.spec.template.spec.containers[0].image).toBe('other/app:1.2');
    expect(m.metadata.namespace).toBe('n');
    expect(ns.metadata.namespace).toBeUndefined();
  });
});
