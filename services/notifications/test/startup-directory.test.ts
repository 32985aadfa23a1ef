import { exampleData } from '@citymatch/events';
import { AggregateLocks, serverUrls, uniqueName } from '@citymatch/service-kit';
import { testDatabase } from '@citymatch/testkit';
import { Redis } from 'ioredis';
import t from 'tap';
import { StartupDirectory } from '../src/store/startup-directory.js';

t.test('the startups read model: versions, unsubscribes and resubscribing', async (t) => {
  const { db } = await testDatabase(t, 'notifications-directory');
  const redis = new Redis(serverUrls().redisUrl);
  t.teardown(() => redis.quit());
  const startups = new StartupDirectory(db, new AggregateLocks(redis, uniqueName('dir')));
  const profile = { ...exampleData('startup.registered'), startupId: 'stp-dir' };

  // an unsubscribe may arrive before the profile: it is kept
  await startups.unsubscribe('stp-dir', new Date());
  t.equal(await startups.get('stp-dir'), null, 'no profile yet');
  t.ok(await startups.applyProfile(profile));
  t.ok((await startups.get('stp-dir'))?.unsubscribedAt, 'unsubscribed before registering');

  // an update repeating the preference keeps the unsubscribe; an older version changes nothing
  t.ok(await startups.applyProfile({ ...profile, version: 2, name: 'Renamed' }));
  t.ok((await startups.get('stp-dir'))?.unsubscribedAt);
  t.notOk(await startups.applyProfile({ ...profile, version: 1, name: 'Old' }));
  t.equal((await startups.get('stp-dir'))?.name, 'Renamed');

  // the startup itself changing its preference in its profile resubscribes it
  t.ok(
    await startups.applyProfile({ ...profile, version: 3, notificationPreference: 'daily_digest' }),
  );
  t.match(await startups.get('stp-dir'), { preference: 'daily_digest', unsubscribedAt: undefined });

  t.ok(await startups.deactivate('stp-dir', 4));
  t.notOk(await startups.deactivate('stp-dir', 4), 'a repeated deactivation is a no-op');
  t.equal((await startups.get('stp-dir'))?.active, false);
});

t.test('concurrent writes to one startup lose nothing (they hold its lock)', async (t) => {
  const { db } = await testDatabase(t, 'notifications-directory');
  const redis = new Redis(serverUrls().redisUrl);
  t.teardown(() => redis.quit());
  const startups = new StartupDirectory(db, new AggregateLocks(redis, uniqueName('dir')));
  const profile = { ...exampleData('startup.registered'), startupId: 'stp-race' };
  await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      startups.applyProfile({ ...profile, version: i + 1, name: `v${i + 1}` }),
    ),
  );
  t.equal((await startups.get('stp-race'))?.name, 'v20', 'the newest version wins');
});
