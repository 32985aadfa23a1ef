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
      message: 'Field title: contains a control character',
    });
    t.throws(() => cleanText('a\u0000b', 'description', { multiline: true }), {
      message: /: contains a control character$/u,
    });
    t.throws(() => cleanText('x\uD800', 'name'), {
      message: 'Field name: contains a lone surrogate',
    });
    t.throws(() => cleanText(' \u00a0 ', 'city'), { message: 'Field city: is empty' });
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
    t.throws(() => cleanTags([]), { message: 'Field sectors: has no tags' });
    t.throws(() => cleanTags(['ok', ' ']), { message: 'Field sectors/1: is empty' });
    t.throws(() => cleanTags(['x'.repeat(65)], 'tags'), { message: /^Field tags\/0: /u });
    const many = Array.from({ length: MAX_TAGS + 1 }, (_, i) => `tag ${i}`);
    t.throws(() => cleanTags(many), {
      message: new RegExp(`: has more than ${MAX_TAGS} tags$`, 'u'),
    });
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
