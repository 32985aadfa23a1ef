import t from 'tap';
import { EMAIL_LANGUAGES } from '../../src/domain/email-language.js';
import { placeholdersOf } from '../../src/domain/fill-message-template.js';
import { messagesFor } from '../../src/domain/messages/messages-for.js';

/** Every template string of a catalogue, keyed by its path. */
function templates(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      for (const [p, s] of templates(inner, path ? `${path}.${key}` : key)) out.set(p, s);
    }
  }
  return out;
}

const english = templates(messagesFor('en'));

for (const language of EMAIL_LANGUAGES) {
  t.test(`${language}: every message exists with the placeholders English uses`, async (t) => {
    const own = templates(messagesFor(language));
    for (const [path, template] of english) {
      if (path.startsWith('digestSubject.') && path !== 'digestSubject.other') continue;
      const translated = own.get(path);
      t.ok(translated?.trim(), `${path} is translated`);
      t.same(placeholdersOf(translated ?? ''), placeholdersOf(template), `${path} placeholders`);
    }
    for (const [path, template] of own) {
      if (!path.startsWith('digestSubject.')) continue;
      t.ok(
        placeholdersOf(template).every((p) => p === 'count'),
        `${path} uses only {count}`,
      );
    }
  });
}

t.test('Persian is written with Persian letters, Arabic with Arabic ones', async (t) => {
  const persian = [...templates(messagesFor('fa')).values()].join(' ');
  const arabic = [...templates(messagesFor('ar')).values()].join(' ');
  t.notMatch(persian, /[\u064A\u0643]/u, 'no Arabic yeh or kaf in Persian (ی and ک)');
  t.match(persian, /\u200C/u, 'Persian uses the zero-width non-joiner (می‌بینید)');
  t.notMatch(arabic, /[\u06CC\u06A9]/u, 'no Persian yeh or keheh in Arabic');
});
