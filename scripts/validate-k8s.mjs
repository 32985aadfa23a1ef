// Static checks of the Kubernetes manifests in deploy/k8s (no cluster needed): every file of the
// kustomization parses, and the workloads are wired as docs/operations.md says.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

const dir = process.argv[2] ?? 'deploy/k8s';
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);

const readDocs = (file) => {
  const docs = parseAllDocuments(readFileSync(join(dir, file), 'utf8'));
  const out = [];
  for (const d of docs) {
    for (const e of d.errors) fail(file, `YAML: ${e.message}`);
    const value = d.toJS();
    if (value !== null && value !== undefined) out.push({ file, value });
  }
  return out;
};

const kustomization = readDocs('kustomization.yaml')[0]?.value ?? {};
const files = kustomization.resources ?? [];
if (files.length === 0) fail('kustomization.yaml', 'no resources');
const docs = files.flatMap((f) => {
  if (existsSync(join(dir, f))) return readDocs(f);
  fail('kustomization.yaml', `${f} is missing`);
  return [];
});
for (const { file, value } of docs) {
  if (!value.apiVersion || !value.kind || !value.metadata?.name)
    fail(file, 'a document without apiVersion, kind or metadata.name');
}
const byKind = (kind) => docs.filter((d) => d.value.kind === kind).map((d) => d.value);
const selects = (selector, labels) =>
  Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);

// The Secret the workloads reference is never applied; its example names the keys.
const secretExample = existsSync(join(dir, 'secret.example.yaml'))
  ? readDocs('secret.example.yaml')[0]?.value
  : undefined;
const secretKeys = new Map(
  secretExample ? [[secretExample.metadata.name, Object.keys(secretExample.stringData ?? {})]] : [],
);
const configMaps = new Map(byKind('ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));

const workloads = [...byKind('Deployment'), ...byKind('StatefulSet')];
for (const w of workloads) {
  const where = `${w.kind}/${w.metadata.name}`;
  const pod = w.spec?.template;
  const labels = pod?.metadata?.labels;
  if (!selects(w.spec?.selector?.matchLabels, labels)) fail(where, 'selector misses its pods');
  const grace = pod?.spec?.terminationGracePeriodSeconds;
  if (typeof grace !== 'number') fail(where, 'no terminationGracePeriodSeconds');
  if (!pod?.spec?.securityContext?.runAsNonRoot) fail(where, 'not runAsNonRoot');
  for (const c of pod?.spec?.containers ?? []) {
    const at = `${where} container ${c.name}`;
    for (const p of ['readinessProbe', 'livenessProbe'])
      if (!c[p]?.httpGet?.path) fail(at, `no ${p}`);
    if (c.readinessProbe?.httpGet?.path !== '/health/ready')
      fail(at, 'readiness is not /health/ready');
    if (c.livenessProbe?.httpGet?.path !== '/health/live') fail(at, 'liveness is not /health/live');
    if (
      !c.resources?.requests?.cpu ||
      !c.resources?.requests?.memory ||
      !c.resources?.limits?.memory
    )
      fail(at, 'no cpu/memory requests and memory limit');
    const portNames = new Set((c.ports ?? []).map((p) => p.name));
    for (const p of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      const port = c[p]?.httpGet?.port;
      if (typeof port === 'string' && !portNames.has(port)) fail(at, `${p} port ${port} unknown`);
    }
    const env = new Map((c.env ?? []).map((e) => [e.name, e]));
    const envFromMaps = (c.envFrom ?? []).map((e) => e.configMapRef?.name).filter(Boolean);
    for (const name of envFromMaps)
      if (!configMaps.has(name)) fail(at, `ConfigMap ${name} is not in the kustomization`);
    for (const e of env.values()) {
      const ref = e.valueFrom?.secretKeyRef;
      if (ref && !secretKeys.get(ref.name)?.includes(ref.key))
        fail(at, `secret ${ref.name}/${ref.key} is not in secret.example.yaml`);
    }
    // The service must stop before the kubelet's SIGKILL: preStop pause + SHUTDOWN_TIMEOUT_MS.
    const shutdownMs = Number(
      env.get('SHUTDOWN_TIMEOUT_MS')?.value ??
        envFromMaps.map((m) => configMaps.get(m)?.SHUTDOWN_TIMEOUT_MS).find(Boolean) ??
        10000,
    );
    const preStopS = Number(c.lifecycle?.preStop?.exec?.command?.at(-1) ?? 0);
    if (typeof grace === 'number' && preStopS * 1000 + shutdownMs >= grace * 1000)
      fail(at, `preStop ${preStopS}s + shutdown ${shutdownMs}ms >= grace ${grace}s`);
    // The port matches the service's own default (services/<name>/src/config.ts).
    const configTs = `services/${w.metadata.name}/src/config.ts`;
    if (existsSync(configTs)) {
      const def = /PORT: Type\.Integer\(\{[^}]*default: (\d+)/.exec(readFileSync(configTs, 'utf8'));
      const port = Number(env.get('PORT')?.value);
      if (def && Number(def[1]) !== port) fail(at, `PORT ${port} but ${configTs} says ${def[1]}`);
      if (!(c.ports ?? []).some((p) => p.containerPort === port)) fail(at, 'PORT is not exposed');
    }
  }
  if (
    !byKind('Service').some(
      (s) => s.spec?.clusterIP !== 'None' && selects(s.spec?.selector, labels),
    )
  )
    fail(where, 'no Service selects its pods');
  if (!byKind('PodDisruptionBudget').some((p) => selects(p.spec?.selector?.matchLabels, labels)))
    fail(where, 'no PodDisruptionBudget');
}

// Every service of the repository runs; matching and notifications autoscale.
for (const svc of ['challenges', 'startups', 'matching', 'notifications'])
  if (!workloads.some((w) => w.metadata.name === svc)) fail(dir, `no workload for ${svc}`);
for (const svc of ['matching', 'notifications']) {
  const hpa = byKind('HorizontalPodAutoscaler').find((h) => h.spec?.scaleTargetRef?.name === svc);
  const target = workloads.find((w) => w.metadata.name === svc);
  if (!hpa) fail(dir, `no HorizontalPodAutoscaler for ${svc}`);
  else if (hpa.spec.scaleTargetRef.kind !== target?.kind)
    fail(`HorizontalPodAutoscaler/${svc}`, `targets a ${hpa.spec.scaleTargetRef.kind}`);
}
// Each matching replica's index group is named after its pod.
const matching = workloads.find((w) => w.metadata.name === 'matching');
const replicaId = matching?.spec.template.spec.containers[0].env?.find(
  (e) => e.name === 'REPLICA_ID',
);
if (replicaId?.valueFrom?.fieldRef?.fieldPath !== 'metadata.name')
  fail('matching', 'REPLICA_ID is not the pod name (fieldRef metadata.name)');

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  process.exit(1);
}
console.log(
  `${dir}: ${files.length} files, ${docs.length} objects, ${workloads.length} workloads; all checks pass`,
);
