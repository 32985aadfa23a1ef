// Mint a local HS256 token for the demo and for tests:
//   tsx packages/service-kit/scripts/mint-token.ts --role municipality --org org-1 [--sub x] [--ttl 1h]
//   tsx packages/service-kit/scripts/mint-token.ts --role startup --startup st-1
//   tsx packages/service-kit/scripts/mint-token.ts --role admin
// Reads JWT_SECRET, JWT_ISSUER, JWT_AUDIENCE (same defaults as the services); the development
// secret is refused when NODE_ENV=production. Prints the token alone on stdout.
import { parseArgs } from 'node:util';
import { mintToken } from '../src/http/mint-token.js';
import { ROLES, type Role } from '../src/http/principal.js';

const usage =
  'usage: mint-token --role municipality|startup|admin [--org ID] [--startup ID] [--sub SUB] [--ttl 1h]';

function isRole(value: string | undefined): value is Role {
  return value !== undefined && (ROLES as readonly string[]).includes(value);
}

try {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      org: { type: 'string' },
      startup: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    console.log(usage);
  } else {
    if (!isRole(values.role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
    const ttl = values.ttl && /^\d+$/.test(values.ttl) ? Number(values.ttl) : values.ttl;
    const token = await mintToken({
      role: values.role,
      ...(values.org ? { org: values.org } : {}),
      ...(values.startup ? { startup: values.startup } : {}),
      ...(values.sub ? { sub: values.sub } : {}),
      ...(ttl !== undefined ? { ttl } : {}),
    });
    process.stdout.write(`${token}\n`);
  }
} catch (err) {
  console.error(`mint-token: ${err instanceof Error ? err.message : String(err)}\n${usage}`);
  process.exitCode = 2;
}
