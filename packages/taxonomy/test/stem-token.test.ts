import t from 'tap';
import { normalizeTag, stemToken } from '../src/index.js';

const stem = (word: string) => stemToken(normalizeTag(word));

t.test('Turkish suffixes fold to one stem', async (t) => {
  t.equal(stem('yönetimi'), stem('yönetim'));
  t.equal(stem('otoparklar'), stem('otopark'));
  t.equal(stem('otoparkları'), stem('otopark'));
  t.equal(stem('hizmetleri'), stem('hizmet'));
  t.equal(stem('enerjisi'), stem('enerji'));
  t.equal(stem('verimliliği'), stem('verimlilik'));
  t.equal(stem('sokağı'), stem('sokak'));
  t.equal(stem('aydınlatması'), stem('aydınlatma'));
});

t.test('Persian plurals, ezafe and adjectives fold to one stem', async (t) => {
  t.equal(stem('پسماندها'), stem('پسماند'));
  t.equal(stem('حسگرهای'), stem('حسگر'));
  t.equal(stem('سالمندان'), stem('سالمند'));
  t.equal(stem('شهری'), stem('شهر'));
  t.equal(stem('الکترونیکی'), stem('الکترونیک'));
  t.equal(stem('رایانه‌ای'), stem('رایانه'));
});

t.test('Arabic article, conjunction and feminine endings fold to one stem', async (t) => {
  t.equal(stem('المدينة'), stem('مدينة'));
  t.equal(stem('الذكية'), stem('ذكي'));
  t.equal(stem('والمرور'), stem('مرور'));
  t.equal(stem('المواطنين'), stem('مواطن'));
  t.equal(stem('النفايات'), stem('نفاية'));
});

t.test('short words and English words are left alone', async (t) => {
  t.equal(stem('taxi'), 'taxi');
  t.equal(stem('solar'), 'solar');
  t.equal(stem('باران'), normalizeTag('باران'));
  t.equal(stem('ai'), 'ai');
});
