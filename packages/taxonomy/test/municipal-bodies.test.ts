import t from 'tap';
import { FREE_PREFIX, mapTag } from '../src/index.js';

// Municipalities often name a need by the department or body that has it. Written for these
// tests, not copied from any evaluation set.
const first = (tag: string) => mapTag(tag)[0];

t.test('a department or organisation name maps to what the department does', async (t) => {
  const cases: readonly (readonly [string, string])[] = [
    ['Park ve Bahçeler Müdürlüğü', 'green.parks'],
    ['Bilgi İşlem Dairesi Başkanlığı', 'smart.egov'],
    ['Kırsal Hizmetler Daire Başkanlığı', 'agriculture'],
    ['İSKİ Genel Müdürlüğü', 'water'],
    ['Mali Hizmetler Müdürlüğü', 'revenue'],
    ['Police Department', 'disaster.security'],
    ['Health Department', 'health'],
    // sanitation departments collect garbage; sanitation alone is sewage
    ['Department of Sanitation', 'waste.collection'],
    ['Highways', 'construction.roads'],
    ['سازمان مدیریت پسماند', 'waste'],
    ['معاونت امور اجتماعی', 'social'],
    ['اداره درآمد', 'revenue'],
    ['خانه سلامت', 'health.public'],
    ['کشتارگاه', 'agriculture.food'],
    ['المسالخ', 'agriculture.food'],
    ['الطرامواي', 'mobility.public-transport'],
    ['التدبير المفوض', 'revenue.investment'],
  ];
  for (const [tag, sector] of cases) t.equal(first(tag)?.sectorId, sector, tag);
});

t.test('"department" alone does not pick a sector ("fire department" is one)', async (t) => {
  t.ok(first('Legal Department')?.sectorId.startsWith(FREE_PREFIX));
  t.equal(first('Fire Department')?.sectorId, 'disaster.fire');
});

t.test('city names say where, not what', async (t) => {
  // الرياض (Riyadh) stems like الرياضة (sport); Doha is a typo away from الدوشة (noise)
  for (const tag of ['الرياض', 'أمانة منطقة الرياض', 'الدوحة', 'شهرداری شیراز']) {
    t.ok(first(tag)?.sectorId.startsWith(FREE_PREFIX), `${tag} stays a free tag`);
  }
  t.equal(first('بلدية الرياض إدارة النفايات')?.sectorId, 'waste', 'the need beside the city');
  t.ok(first('رؤية 2030')?.sectorId.startsWith(FREE_PREFIX), 'a plan name is not computer vision');
});

t.test('one known word is not taken for a misspelling of another', async (t) => {
  // المخالفات (violations) is one letter from المخلفات (waste)
  t.not(first('المخالفات')?.sectorId, 'waste');
  t.equal(first('مخلفات')?.sectorId, 'waste');
  // شهربازی (amusement park) is one letter from شهرسازی (urban planning)
  t.equal(first('شهربازی')?.sectorId, 'culture.sports');
});

t.test('a broad sector followed by its own sub-sector ranks the narrower first', async (t) => {
  t.equal(first('katı atık düzenli depolama')?.sectorId, 'waste.landfill');
  t.equal(first('household waste recycling centre')?.sectorId, 'waste.recycling');
  // not across a preposition: the equipment is what is localised
  t.equal(first('localization of equipment')?.sectorId, 'manufacturing');
});

t.test('Turkish possessive forms of short words', async (t) => {
  t.equal(first('çöp gazından enerji')?.sectorId, 'waste.energy');
});
