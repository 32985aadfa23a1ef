import t from 'tap';
import { createApp } from '../../src/create-app.js';
import { defineError } from '../../src/index.js';

const Gone = defineError('CHALLENGE_GONE', 'Challenge gone', 410);
const app = await createApp({ service: 'problem-test', logger: false });
app.get('/driver', async () => {
  // what MongoServerError and KafkaJS errors look like: a numeric code
  throw Object.assign(new Error('E11000 duplicate key: secret-index-name'), { code: 11000 });
});
app.get('/ours', async () => {
  throw new Gone();
});
t.teardown(() => app.close());

t.test(
  'a driver error with a numeric code is a plain 500 problem, its message not leaked',
  async (t) => {
    const res = await app.inject({ url: '/driver' });
    t.equal(res.statusCode, 500);
    t.match(res.headers['content-type'], /application\/problem\+json/);
    t.match(res.json(), { status: 500, code: 'INTERNAL' });
    t.notMatch(res.body, /secret-index-name/);
  },
);

t.test('our own error keeps its code and status', async (t) => {
  const res = await app.inject({ url: '/ours' });
  t.equal(res.statusCode, 410);
  t.match(res.json(), { status: 410, code: 'CHALLENGE_GONE' });
});
