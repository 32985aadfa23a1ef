import t from 'tap';
import { urlForLog } from '../../src/logger.js';

t.test('credential query values never reach a logged URL', async (t) => {
  t.equal(urlForLog('/unsubscribe?token=abc.def'), '/unsubscribe?token=[redacted]');
  t.equal(urlForLog('/x?a=1&TOKEN=s3cret&b=2'), '/x?a=1&TOKEN=[redacted]&b=2');
  t.equal(urlForLog('/x?password=p&key=k'), '/x?password=[redacted]&key=[redacted]');
  t.equal(urlForLog('/challenges?limit=5'), '/challenges?limit=5', 'other parameters kept');
});
