import { readFile } from 'node:fs/promises';
import { Parser } from '@asyncapi/parser';
import t from 'tap';
import { ALL_TOPICS, dlqTopic, EVENT_TYPES } from '../src/index.js';

const DOCUMENT = new URL('../generated/asyncapi.json', import.meta.url);

t.test('the checked-in AsyncAPI document validates with @asyncapi/parser', async (t) => {
  const text = await readFile(DOCUMENT, 'utf8');
  const { document, diagnostics } = await new Parser().parse(text);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
  t.strictSame(
    errors.map((error) => `${error.path.join('.')}: ${error.message}`),
    [],
    'no error diagnostics',
  );
  if (!document) throw new Error('the parser returned no document');

  t.equal(document.version(), '3.0.0');
  const addresses = document
    .channels()
    .all()
    .map((channel) => channel.address())
    .sort();
  t.strictSame(addresses, [...ALL_TOPICS, ...ALL_TOPICS.map((topic) => dlqTopic(topic))].sort());

  const names = document
    .components()
    .messages()
    .all()
    .map((message) => message.name());
  for (const type of EVENT_TYPES) t.ok(names.includes(type), `${type} is documented`);

  const published = document
    .components()
    .messages()
    .all()
    .find((message) => message.name() === 'challenge.published');
  const payload = published?.payload();
  t.equal(payload?.type(), 'object');
  t.ok(payload?.required()?.includes('challengeId'), 'payload schema resolved');
  const headers = published?.headers();
  t.equal(headers?.properties()?.['ce_type']?.const(), 'challenge.published');
  t.ok(document.operations().all().length >= ALL_TOPICS.length * 2, 'send and receive per topic');
});

t.test('a broken payload schema is reported as an error by the parser', async (t) => {
  const broken = JSON.parse(await readFile(DOCUMENT, 'utf8'));
  broken.components.schemas['challenge.closed'].properties.version.type = 'whole-number';
  const { diagnostics } = await new Parser().parse(JSON.stringify(broken));
  t.ok(diagnostics.some((diagnostic) => diagnostic.severity === 0));
});
