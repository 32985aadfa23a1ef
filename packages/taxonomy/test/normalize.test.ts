import t from 'tap';
import { normalizeTag } from '../src/index.js';

t.test('trims and lowercases', async (t) => {
  t.equal(normalizeTag('  Waste '), 'waste');
});
