import request from 'supertest';
import type { App } from 'supertest/types';
import { DataSource } from 'typeorm';
import { achievementBody, challengeBody, needBody, registrationBody } from '../support/factories';
import { RunningProduct, startProduct } from '../support/running-product';
import { Session, signUp, signUpWithRole } from '../support/sessions';

// Generous: the run is a few thousand requests, but CI machines here are shared and loaded.
// ~250 s on a quiet two-core machine; 950 s was seen at load average 25 while four other suites ran.
jest.setTimeout(1_800_000);

// Issue 12 item 7: walk the served OpenAPI document and send malformed values to every
// operation, as each relevant role; any 5xx fails. Bad input must be a clear 4xx.

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  oneOf?: Schema[];
  allOf?: Schema[];
  minimum?: number;
  minLength?: number;
};
type Parameter = { name: string; in: string; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};
type Document = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];
const CONCURRENCY = 6;

interface Case {
  role: string;
  path: string;
  method: Method;
  url: string;
  query?: Record<string, unknown>;
  body?: unknown;
  what: string;
}

/** Malformed values for a body field: nulls, NUL bytes, huge numbers, wrong types, overlong. */
const BAD_FIELD_VALUES: unknown[] = [
  null,
  '\u0000',
  'a\u0000b',
  1e308,
  -1e308,
  2 ** 53 + 1,
  0.5,
  'x'.repeat(20_000),
  [],
  [null],
  ['\u0000'],
  {},
  { $gt: '' },
  true,
  'not-a-date-or-uuid',
];
/** The subset sent as every other role (keeps the run to a few thousand requests). */
const BAD_FIELD_SAMPLE: unknown[] = [null, 'a\u0000b', 1e308];
const BAD_BODIES: unknown[] = [[], [{}], 'text', 1e308, { '\u0000': 1 }, nested(40)];
const BAD_QUERY_VALUES = ['1e308', '-1', '0', '1.5', 'NaN', 'a\u0000b', '9'.repeat(400), ''];
const BAD_PATH_VALUES = [
  '1e308',
  'a\u0000b',
  'x'.repeat(600),
  '..',
  '00000000-0000-0000-0000-000000000000',
];

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('malformed input to every operation of /api/docs-json answers 4xx, never 5xx', () => {
  let product: RunningProduct;
  let http: App;
  let baseUrl: string;
  let document: Document;
  const ids: Record<string, string> = {};
  const roles: Record<string, Session | undefined> = {};

  beforeAll(async () => {
    product = await startProduct();
    await product.api.listen(0, '127.0.0.1');
    http = product.api.getHttpServer() as App;
    baseUrl = await product.api.getUrl();
    const db = product.api.get(DataSource);
    roles.sme = await signUp(http);
    roles.university = await signUp(
      http,
      registrationBody({ type: 'university', industryCode: '7520', regionCode: '210102' }),
    );
    roles.organiser = await signUpWithRole(http, db, 'organiser');
    roles.admin = await signUpWithRole(http, db, 'admin');
    roles.anonymous = undefined;
    document = (await request(http).get('/api/docs-json').expect(200)).body as Document;

    // Real records, so that malformed input reaches the handlers behind the id checks.
    const sme = roles.sme;
    const need = await request(http)
      .post('/api/v1/needs')
      .set(sme.auth)
      .send(needBody(sme.organisationId))
      .expect(201);
    const achievement = await request(http)
      .post('/api/v1/achievements')
      .set(roles.university.auth)
      .send(achievementBody(roles.university.organisationId))
      .expect(201);
    const challenge = await request(http)
      .post('/api/v1/challenges')
      .set(sme.auth)
      .send(challengeBody(sme.organisationId))
      .expect(201);
    Object.assign(ids, {
      needs: need.body.id,
      achievements: achievement.body.id,
      challenges: challenge.body.id,
      organisations: sme.organisationId,
      organisationId: sme.organisationId,
      userId: sme.userId,
    });
  });

  afterAll(async () => {
    await product?.stop();
  });

  it('sends malformed values to every operation as each role; counts requests and 5xx', async () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.filter((method) => item[method]).map((method) => ({
        path,
        method,
        op: item[method],
      })),
    );
    const cases: Case[] = [];
    for (const role of Object.keys(roles)) {
      for (const { path, method, op } of operations) cases.push(...casesOf(role, path, method, op));
    }

    console.log(`openapi fuzz: ${cases.length} requests over ${operations.length} operations`);
    // Over a real socket, a few at a time (the machine is shared; this stays well under a minute).
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let next = 0;
    const worker = async () => {
      while (next < cases.length) {
        const c = cases[next++];
        let call = request(baseUrl)[c.method](c.url);
        const session = roles[c.role];
        if (session) call = call.set(await freshAuth(c.role));
        if (c.query) call = call.query(c.query);
        if (c.body !== undefined) {
          call = call.set('Content-Type', 'application/json').send(JSON.stringify(c.body));
        }
        const response = await call;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status >= 500) {
          console.log(
            `5xx: ${c.method.toUpperCase()} ${c.path} ${c.what} → ${response.text.slice(0, 160)}`,
          );
          failures.push(
            `${response.status} ${c.method.toUpperCase()} ${c.path} as ${c.role}: ${c.what} → ${response.text.slice(0, 160)}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const byStatus = [...statuses].sort(([a], [b]) => a - b).map(([k, v]) => `${k}×${v}`);
    console.log(
      `openapi fuzz: ${operations.length} operations, ${cases.length} requests, ` +
        `${failures.length} answered 5xx (${byStatus.join(' ')})`,
    );
    if (failures.length) console.log(failures.slice(0, 80).join('\n'));
    expect(cases.length).toBeGreaterThan(1000);
    expect(failures).toEqual([]);
  });

  /** The malformed requests for one operation as one role. */
  function casesOf(role: string, path: string, method: Method, op: Operation): Case[] {
    const full = role === 'sme';
    const cases: Case[] = [];
    const add = (c: Omit<Case, 'role' | 'path' | 'method'>) =>
      cases.push({ role, path, method, ...c });
    const parameters = op.parameters ?? [];
    const url = (override?: [string, string]) =>
      path.replace(/\{([^}]+)\}/g, (_m, name: string) =>
        encodeURIComponent(override && override[0] === name ? override[1] : idFor(path, name)),
      );
    const validQuery = Object.fromEntries(
      parameters
        .filter((p) => p.in === 'query')
        .map((p) => [p.name, example(p.schema, document, 0)]),
    );
    const show = (value: unknown) => JSON.stringify(value)?.slice(0, 40);

    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      for (const bad of full ? BAD_PATH_VALUES : BAD_PATH_VALUES.slice(0, 1)) {
        add({ url: url([parameter.name, bad]), what: `path ${parameter.name}=${show(bad)}` });
      }
    }
    for (const parameter of parameters.filter((p) => p.in === 'query')) {
      for (const bad of full ? BAD_QUERY_VALUES : BAD_QUERY_VALUES.slice(0, 1)) {
        add({
          url: url(),
          query: { ...validQuery, [parameter.name]: bad },
          what: `query ${parameter.name}=${show(bad)}`,
        });
      }
      if (full) {
        add({
          url: url(),
          query: { ...validQuery, [parameter.name]: ['1', '2'] },
          what: `query ${parameter.name} twice`,
        });
      }
    }
    const schema = op.requestBody?.content?.['application/json']?.schema;
    if (!schema) return cases;
    const resolved = resolve(schema, document);
    const base = example(resolved, document, 0) as object;
    for (const [field, fieldSchema] of Object.entries(resolved.properties ?? {})) {
      for (const bad of full ? BAD_FIELD_VALUES : BAD_FIELD_SAMPLE) {
        add({ url: url(), body: { ...base, [field]: bad }, what: `${field}=${show(bad)}` });
      }
      // One level down: each field of a nested object or of an array's first item.
      const inner = resolve(fieldSchema.items ?? fieldSchema, document);
      if (!full || !inner.properties) continue;
      for (const innerField of Object.keys(inner.properties)) {
        for (const bad of [null, 'a\u0000b', 1e308]) {
          const item = { ...(example(inner, document, 1) as object), [innerField]: bad };
          const value = fieldSchema.items ? [item] : item;
          add({
            url: url(),
            body: { ...base, [field]: value },
            what: `${field}.${innerField}=${show(bad)}`,
          });
        }
      }
    }
    for (const bad of full ? BAD_BODIES : BAD_BODIES.slice(0, 1)) {
      add({ url: url(), body: bad, what: `body ${show(bad)}` });
    }
    return cases;
  }

  /** A signed-in role's header; signs in again when a request (e.g. a sign-out) ended the session. */
  const checked = new Map<string, number>();
  async function freshAuth(roleName: string): Promise<Record<string, string>> {
    const session = roles[roleName]!;
    const now = (checked.get(roleName) ?? 0) + 1;
    checked.set(roleName, now);
    if (now % 25 === 0) {
      const me = await request(http).get('/api/v1/me').set(session.auth);
      if (me.status === 401) {
        const login = await request(http)
          .post('/api/v1/auth/login')
          .send({ email: session.email, password: session.body.password });
        if (login.status === 200 || login.status === 201) {
          session.auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
        }
      }
    }
    return session.auth;
  }

  function idFor(path: string, name: string): string {
    if (ids[name]) return ids[name];
    const segments = path.split('/');
    const before = segments[segments.indexOf(`{${name}}`) - 1];
    return ids[before] ?? '7d4c0c5e-3f6b-4a53-9d1e-2b0c8c1f6a10';
  }
});

function resolve(schema: Schema, document: Document): Schema {
  let current = schema;
  for (let i = 0; i < 10 && current.$ref; i++) {
    current = document.components.schemas[current.$ref.split('/').pop()!];
  }
  if (current.allOf) {
    return current.allOf.reduce<Schema>((merged, part) => {
      const r = resolve(part, document);
      return { ...merged, ...r, properties: { ...merged.properties, ...r.properties } };
    }, {});
  }
  return current;
}

/** A plausible value for a schema, so that one malformed field is what the request gets wrong. */
function example(schema: Schema | undefined, document: Document, depth: number): unknown {
  if (!schema) return 'x';
  const s = resolve(schema, document);
  if (s.example !== undefined) return s.example;
  if (s.enum?.length) return s.enum[0];
  if (s.oneOf?.length) return example(s.oneOf[0], document, depth);
  switch (s.type) {
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return depth > 3 ? [] : [example(s.items, document, depth + 1)];
    case 'object':
      return depth > 3
        ? {}
        : Object.fromEntries(
            Object.entries(s.properties ?? {}).map(([k, v]) => [
              k,
              example(v, document, depth + 1),
            ]),
          );
    default:
      if (s.format === 'uuid') return '7d4c0c5e-3f6b-4a53-9d1e-2b0c8c1f6a10';
      if (s.format === 'date') return '2027-06-30';
      if (s.format === 'date-time') return '2027-06-30T00:00:00Z';
      if (s.format === 'email') return 'fuzz@example.com';
      return 'x'.repeat(Math.max(4, s.minLength ?? 4));
  }
}
