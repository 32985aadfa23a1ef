import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import t from 'tap';
import { ConfigError, loadConfig } from '../../src/config.js';
import {
  AuthConfig,
  authOptionsFromConfig,
  DEFAULT_JWT_AUDIENCE,
  DEFAULT_JWT_ISSUER,
  DEV_JWT_SECRET,
} from '../../src/http/jwt-config.js';
import { mintToken } from '../../src/http/mint-token.js';
import { bearer, buildAuthApp } from './fixtures/auth-app.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../scripts/mint-token.ts', import.meta.url));
const devEnv = { PATH: process.env.PATH ?? '', NODE_ENV: 'development' };

t.test('the auth config defaults match what mint-token signs with', async (t) => {
  const config = loadConfig(AuthConfig, {});
  t.equal(config.JWT_SECRET, DEV_JWT_SECRET);
  const opts = authOptionsFromConfig(config, {});
  t.same(opts, {
    issuer: DEFAULT_JWT_ISSUER,
    audience: DEFAULT_JWT_AUDIENCE,
    secret: DEV_JWT_SECRET,
  });

  const { app } = await buildAuthApp(opts);
  t.teardown(() => app.close());
  const token = await mintToken({ role: 'municipality', org: 'org-1', env: {} });
  const res = await app.inject({
    method: 'POST',
    url: '/orgs/org-1/challenges',
    headers: bearer(token),
  });
  t.equal(res.statusCode, 201);
});

t.test(
  'production refuses the development secret, in the services and in mint-token',
  async (t) => {
    const config = loadConfig(AuthConfig, {});
    t.throws(() => authOptionsFromConfig(config, { NODE_ENV: 'production' }), ConfigError);
    await t.rejects(mintToken({ role: 'admin', env: { NODE_ENV: 'production' } }), ConfigError);
    const real = loadConfig(AuthConfig, { JWT_SECRET: 'a-real-secret-from-the-vault-0123456789' });
    t.match(authOptionsFromConfig(real, { NODE_ENV: 'production' }), { secret: /vault/ });
    const jwks = loadConfig(AuthConfig, { JWT_JWKS_URL: 'https://idp.example/jwks.json' });
    t.match(authOptionsFromConfig(jwks, { NODE_ENV: 'production' }), {
      jwksUrl: 'https://idp.example/jwks.json',
      secret: undefined,
    });
    t.throws(() => loadConfig(AuthConfig, { JWT_JWKS_URL: 'file:///etc/passwd' }), ConfigError);
    t.throws(() => loadConfig(AuthConfig, { JWT_SECRET: 'short' }), ConfigError);
  },
);

t.test('mintToken needs the tenant claim of the role', async (t) => {
  await t.rejects(mintToken({ role: 'municipality', env: {} }), /needs org/);
  await t.rejects(mintToken({ role: 'startup', env: {} }), /needs startup/);
  const token = await mintToken({ role: 'startup', startup: 'st-1', org: 'org-1', env: {} });
  const claims = decodeJwt(token);
  t.match(claims, { role: 'startup', startup: 'st-1', sub: 'startup:st-1' });
  t.notOk('org' in claims, 'no claim of another role');
});

t.test('the CLI prints a token the services accept', async (t) => {
  const { stdout } = await run(
    process.execPath,
    [
      '--import',
      'tsx',
      script,
      '--role',
      'municipality',
      '--org',
      'org-7',
      '--sub',
      'carol',
      '--ttl',
      '15m',
    ],
    { env: devEnv },
  );
  const token = stdout.trim();
  const claims = decodeJwt(token);
  t.match(claims, { role: 'municipality', org: 'org-7', sub: 'carol', iss: DEFAULT_JWT_ISSUER });
  t.ok(claims.exp && claims.iat && claims.exp - claims.iat === 15 * 60, 'ttl applied');

  const { app } = await buildAuthApp(authOptionsFromConfig(loadConfig(AuthConfig, {}), {}));
  t.teardown(() => app.close());
  const res = await app.inject({
    method: 'POST',
    url: '/orgs/org-7/challenges',
    headers: bearer(token),
  });
  t.equal(res.statusCode, 201);
});

t.test('the CLI refuses bad input and the dev secret in production', async (t) => {
  const fails = async (args: string[], env: Record<string, string>, message: RegExp) => {
    const err = await run(process.execPath, ['--import', 'tsx', script, ...args], { env }).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    t.equal(err?.code, 2, args.join(' '));
    t.match(err?.stderr, message);
  };
  await fails(['--role', 'mayor'], devEnv, /--role must be one of/);
  await fails(['--role', 'startup'], devEnv, /needs startup/);
  await fails(['--role', 'admin', '--bogus'], devEnv, /Unknown option/);
  await fails(
    ['--role', 'admin'],
    { ...devEnv, NODE_ENV: 'production' },
    /refused when NODE_ENV=production/,
  );
});
