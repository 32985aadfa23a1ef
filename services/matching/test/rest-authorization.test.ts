import { Topics } from '@citymatch/events';
import { bearer, tokens, watchTopic } from '@citymatch/testkit';
import t from 'tap';
import { challengePublished, id, kafkaProducer, startupRegistered } from './helpers/produce.js';
import { testService } from './helpers/test-service.js';

t.test(
  'shortlist and matches: who may read them, 401/403/404 as problem+json, no email',
  async (t) => {
    const { app, topics } = await testService(t);
    const kafka = await kafkaProducer(t);
    const watch = await watchTopic(t, Topics.matching);

    const startup = startupRegistered({ sectors: ['smart city'] });
    const startupId = startup.data.startupId;
    const challenge = challengePublished({ sectors: ['akıllı şehir'] });
    const { challengeId, orgId } = challenge.data;
    await kafka.send(topics.startups, [startup]);
    await kafka.send(topics.challenges, [challenge]);
    await watch.waitFor(challengeId, 2, 60_000);

    const as = {
      owner: bearer(await tokens.municipality(orgId)),
      otherOrg: bearer(await tokens.municipality(id('org'))),
      startup: bearer(await tokens.startup(startupId)),
      otherStartup: bearer(await tokens.startup(id('stp'))),
      admin: bearer(await tokens.admin()),
      none: {},
    };
    const get = (url: string, headers: Record<string, string>) => app.inject({ url, headers });
    const shortlistUrl = `/challenges/${challengeId}/shortlist`;
    const matchesUrl = `/startups/${startupId}/matches`;

    const matrix: [string, keyof typeof as, number, string?][] = [
      [shortlistUrl, 'owner', 200],
      [shortlistUrl, 'admin', 200],
      [shortlistUrl, 'otherOrg', 403, 'FORBIDDEN_TENANT'],
      [shortlistUrl, 'startup', 403, 'FORBIDDEN_ROLE'],
      [shortlistUrl, 'none', 401, 'AUTH_MISSING'],
      [`/challenges/${id('chl')}/shortlist`, 'owner', 404, 'MATCHING_CHALLENGE_NOT_FOUND'],
      [`/challenges/${id('chl')}/shortlist`, 'admin', 404, 'MATCHING_CHALLENGE_NOT_FOUND'],
      ['/challenges/not:an:id/shortlist', 'admin', 400, 'VALIDATION_FAILED'],
      [matchesUrl, 'startup', 200],
      [matchesUrl, 'admin', 200],
      [matchesUrl, 'otherStartup', 403, 'FORBIDDEN_TENANT'],
      [matchesUrl, 'owner', 403, 'FORBIDDEN_ROLE'],
      [matchesUrl, 'none', 401, 'AUTH_MISSING'],
      [`/startups/${id('stp')}/matches`, 'admin', 404, 'MATCHING_STARTUP_NOT_FOUND'],
    ];
    for (const [url, who, status, code] of matrix) {
      const res = await get(url, as[who]);
      t.equal(res.statusCode, status, `${who} GET ${url} → ${status}`);
      if (code) {
        t.match(res.headers['content-type'], /^application\/problem\+json/);
        t.match(res.json(), { status, code }, `${who} GET ${url}: ${code}`);
      }
      t.notMatch(res.body, /@|contactEmail/, 'no contact email in any answer');
    }

    const shortlist = (await get(shortlistUrl, as.owner)).json();
    t.match(shortlist, {
      challengeId,
      status: 'published',
      version: 1,
      entries: [{ rank: 1, startupId, name: startup.data.name }],
    });
    t.match(shortlist.entries[0].reasons[0], {
      challengeTag: 'akıllı şehir',
      startupTag: 'smart city',
      relation: 'exact',
    });
    const matches = (await get(matchesUrl, as.startup)).json();
    t.match(matches, {
      startupId,
      items: [
        { challengeId, title: challenge.data.title, orgName: challenge.data.orgName, rank: 1 },
      ],
    });
  },
);
