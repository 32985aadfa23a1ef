import t from 'tap';
import { inputText, MAX_TAGS, tagKey } from '../../src/index.js';

class Refused extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`Field ${field}: ${reason}`);
  }
}
const { cleanText, cleanTags } = inputText((field, reason) => new Refused(field, reason));

t.test(
  'text is stored as NFC and trimmed; control characters and lone surrogates are refused',
  async (t) => {
    t.equal(cleanText('  Cafe\u0301 Şişli ', 'title'), 'Café Şişli');
    t.equal(cleanText('a\n\tb\r\n', 'description', { multiline: true }), 'a\n\tb\r\n');
    t.throws(() => cleanText('a\nb', 'title'), {
      field: 'title',
      reason: 'contains a control character',
    });
    t.throws(() => cleanText('a\u0000b', 'description', { multiline: true }), {
      reason: 'contains a control character',
    });
    t.throws(() => cleanText('x\uD800', 'name'), {
      field: 'name',
      reason: 'contains a lone surrogate',
    });
    t.throws(() => cleanText(' \u00a0 ', 'city'), { field: 'city', reason: 'is empty' });
    t.equal(cleanText('😀 ok', 'name'), '😀 ok', 'a surrogate pair is text');
  },
);

t.test(
  'tags: whitespace runs made one space, duplicates dropped, bounds checked after cleaning',
  async (t) => {
    t.same(cleanTags([' Atık  yönetimi ', 'Atık yönetimi', 'مدیریت پسماند']), [
      'Atık yönetimi',
      'مدیریت پسماند',
    ]);
    t.throws(() => cleanTags([]), { field: 'sectors', reason: 'has no tags' });
    t.throws(() => cleanTags(['ok', ' ']), { field: 'sectors/1', reason: 'is empty' });
    t.throws(() => cleanTags(['x'.repeat(65)], 'tags'), { field: 'tags/0' });
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag ${i}`);
    t.throws(() => cleanTags(many), { reason: `has more than ${MAX_TAGS} tags` });
    t.same(
      cleanTags([...many.slice(0, MAX_TAGS), 'tag 0']).length,
      MAX_TAGS,
      'a duplicate does not count',
    );
  },
);

t.test('tag keys: case, width and the dot of Turkish İ do not matter', async (t) => {
  t.equal(tagKey('WASTE'), tagKey('waste'));
  t.equal(tagKey('İzmir'), 'izmir');
  t.equal(tagKey('ＡＩ  tools'), 'ai tools');
});
