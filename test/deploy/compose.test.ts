import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig, SUBGRAPH_NAMES } from '../../src/shared/config';

/**
 * docker-compose.yml cannot be started here (no Docker engine), so it is checked by reading: every
 * file a service mounts exists, Prometheus scrapes each process on the METRICS_PORT it was given,
 * traces go to the Jaeger service on a port it opens, Grafana's provisioning points at the
 * Prometheus and Jaeger services, and the dashboard queries only the metric names the README
 * documents (so the dashboard, the docs and the code cannot silently drift apart).
 */
const root = path.join(__dirname, '..', '..');
const read = (p: string) => fs.readFileSync(path.join(root, p), 'utf8');
const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, any>; volumes: Record<string, unknown> };
const services = compose.services;
const apps = ['gateway', ...SUBGRAPH_NAMES];
const env = (service: string) => services[service].environment as Record<string, string>;
/** host:port of a URL or of a "host:port" target. */
const hostPort = (target: string) => {
  const u = new URL(target.includes('://') ? target : `http://${target}`);
  return { host: u.hostname, port: u.port };
};
/** Ports a service opens to the compose network: its published container ports, `expose`, and an app's PORT/METRICS_PORT. */
const opens = (service: string) => {
  const s = services[service];
  const ports = new Set<string>([...(s.ports ?? []).map((p: string) => String(p).split(':').pop()!.split('/')[0]), ...(s.expose ?? []).map(String)]);
  if (apps.includes(service)) for (const k of ['PORT', 'METRICS_PORT']) ports.add(env(service)[k]);
  if (service === 'prometheus') ports.add('9090');
  if (service === 'postgres') ports.add('5432');
  return ports;
};

test('every bind-mounted file or folder exists, every named volume is declared, every dependency is a service', () => {
  for (const [name, s] of Object.entries(services)) {
    for (const v of (s.volumes ?? []) as string[]) {
      const [source] = v.split(':');
      if (source.startsWith('.')) expect([name, source, fs.existsSync(path.join(root, source))]).toEqual([name, source, true]);
      else expect(Object.keys(compose.volumes)).toContain(source);
    }
    const deps = Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {});
    for (const d of deps) expect(Object.keys(services)).toContain(d);
    if (s.build) expect(fs.existsSync(path.join(root, s.build === '.' ? 'Dockerfile' : s.build, s.build === '.' ? '' : 'Dockerfile'))).toBe(true);
  }
});

test('each app process runs its role and has METRICS_PORT, an OTLP endpoint on the Jaeger service and its own service name', () => {
  for (const name of apps) {
    expect(services[name].command).toEqual(name === 'gateway' ? ['node', 'dist/src/main.js', 'gateway'] : ['node', 'dist/src/main.js', 'subgraph', name]);
    const e = env(name);
    expect(e.METRICS_PORT).toMatch(/^\d+$/);
    expect(e.METRICS_PORT).not.toBe(e.PORT);
    const otlp = hostPort(e.OTEL_EXPORTER_OTLP_ENDPOINT);
    expect(otlp.host).toBe('jaeger');
    expect(opens('jaeger')).toContain(otlp.port);
    expect(e.OTEL_SERVICE_NAME).toBe(`liaison-${name}`);
  }
  // the gateway reaches every subgraph at its service and PORT
  for (const name of SUBGRAPH_NAMES) {
    const { host, port } = hostPort(env('gateway')[`SUBGRAPH_URL_${name.toUpperCase()}`]);
    expect(host).toBe(name);
    expect(port).toBe(env(name).PORT);
  }
});

test('Prometheus scrapes the gateway and every subgraph on its METRICS_PORT, labelled as the dashboard expects', () => {
  const mount = (services.prometheus.volumes as string[]).find((v) => v.endsWith(':/etc/prometheus/prometheus.yml:ro'))!;
  const config = parse(read(mount.split(':')[0])) as { scrape_configs: { job_name: string; static_configs: { targets: string[]; labels?: Record<string, string> }[] }[] };
  const scraped = new Map<string, Record<string, string>>();
  for (const job of config.scrape_configs) {
    for (const sc of job.static_configs) {
      for (const t of sc.targets) {
        const { host, port } = hostPort(t);
        if (host === 'localhost') continue; // Prometheus itself
        expect(Object.keys(services)).toContain(host);
        expect(port).toBe(env(host).METRICS_PORT);
        scraped.set(host, { job: job.job_name, ...sc.labels });
      }
    }
  }
  expect([...scraped.keys()].sort()).toEqual([...apps].sort());
  for (const name of SUBGRAPH_NAMES) expect(scraped.get(name)!.subgraph).toBe(name);
});

test('Grafana is provisioned with the Prometheus and Jaeger services and loads the dashboard folder', () => {
  const mounts = Object.fromEntries((services.grafana.volumes as string[]).map((v) => v.split(':')).map(([src, dst]) => [dst, src]));
  const provisioning = mounts['/etc/grafana/provisioning'];
  const datasources = parse(read(path.join(provisioning, 'datasources/datasources.yaml'))).datasources as { uid: string; type: string; url: string }[];
  const prom = datasources.find((d) => d.type === 'prometheus')!;
  const jaeger = datasources.find((d) => d.type === 'jaeger')!;
  expect(hostPort(prom.url)).toEqual({ host: 'prometheus', port: '9090' });
  expect(hostPort(jaeger.url).host).toBe('jaeger');
  expect(services.jaeger.ports.map((p: string) => p.split(':').pop())).toContain(hostPort(jaeger.url).port);
  const providers = parse(read(path.join(provisioning, 'dashboards/dashboards.yaml'))).providers as { options: { path: string } }[];
  expect(mounts[providers[0].options.path]).toBe('./deploy/observability/grafana/dashboards');
  expect(env('grafana').GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH.startsWith(providers[0].options.path)).toBe(true);

  const dashboard = JSON.parse(read('deploy/observability/grafana/dashboards/liaison-hub.json'));
  const panels = (dashboard.panels as any[]).filter((p) => p.type !== 'row');
  expect(panels.length).toBeGreaterThanOrEqual(12);
  for (const p of panels) {
    expect(p.datasource.uid).toBe(prom.uid);
    for (const t of p.targets) expect(t.datasource.uid).toBe(prom.uid);
  }
});

test('the dashboard queries only metric names the README documents, and shows every one of them', () => {
  const dashboard = JSON.parse(read('deploy/observability/grafana/dashboards/liaison-hub.json'));
  const exprs: string[] = (dashboard.panels as any[]).flatMap((p) => (p.targets ?? []).map((t: any) => t.expr));
  // metric names in PromQL: identifiers followed by `{`, `[` or `)`, or inside __name__=~"..."
  const used = new Set<string>();
  for (const e of exprs) {
    for (const [, n] of e.matchAll(/__name__=~"([a-z_]+)\(_total\)\?"/g)) used.add(n);
    for (const [, n] of e.matchAll(/\b((?:graphql|liaison|process|nodejs)_[a-z_0-9]+)\b/g)) used.add(n.replace(/_(bucket|sum|count)$/, ''));
  }
  const readme = read('README.md');
  const start = readme.indexOf('## Running more than one copy');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const documented = new Set([...section.matchAll(/`((?:graphql|liaison|process|nodejs)_[a-z_0-9]+)(?:\{[^`]*\})?`/g)].map((m) => m[1]));
  for (const name of used) expect([name, documented.has(name)]).toEqual([name, true]);
  // and each is a metric the code registers: the Operations section documents those
  const ops = readme.slice(readme.indexOf('## Operations: metrics, traces, logs'));
  expect(ops.length).toBeGreaterThan(100);
  for (const name of [...used].filter((n) => n.startsWith('liaison_') || n.startsWith('graphql_'))) expect([name, ops.includes(name)]).toEqual([name, true]);
  for (const name of [...documented].filter((n) => n.startsWith('liaison_'))) expect([name, used.has(name)]).toEqual([name, true]);
});

test('the hub keeps attachments in the MinIO service, in the bucket minio-init makes, with the credentials MinIO was given', () => {
  const hub = env('hub');
  const { host, port } = hostPort(hub.S3_ENDPOINT);
  expect(host).toBe('minio');
  expect(opens('minio')).toContain(port);
  expect(services['minio-init'].entrypoint.join(' ')).toContain(`mc mb --ignore-existing store/${hub.S3_BUCKET}`);
  expect(services['minio-init'].entrypoint.join(' ')).toContain(`http://minio:${port}`);
  expect(hub.S3_ACCESS_KEY_ID).toBe(env('minio').MINIO_ROOT_USER);
  expect(hub.S3_SECRET_ACCESS_KEY).toBe(env('minio').MINIO_ROOT_PASSWORD);
  expect(services.hub.depends_on['minio-init']).toEqual({ condition: 'service_completed_successfully' });
  expect(services.hub.depends_on.postgres).toEqual({ condition: 'service_healthy' });
  expect(Object.keys(compose.volumes)).toContain('miniodata');
  // the four S3_* settings are all there, so the hub really uses the store (a partial set is refused at start)
  const resolved = Object.fromEntries(Object.entries(hub).map(([k, v]) => [k, String(v).replace(/^\$\{[A-Z_]+:-(.*)\}$/, '$1')]));
  const config = loadConfig({ ...resolved, JWT_SECRET: 'x'.repeat(40), GATEWAY_SIGNING_SECRET: 'y'.repeat(40) });
  expect(config.attachments.s3).toMatchObject({ endpoint: 'http://minio:9000', bucket: 'liaison-attachments', forcePathStyle: true });
});
