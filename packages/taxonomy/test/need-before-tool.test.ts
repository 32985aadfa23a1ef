import t from 'tap';
import { FREE_PREFIX, mapTag } from '../src/index.js';

// Startups often name the tool first ("sensor network", "drone", "3D printing", "chatbot") and
// the need after it; and tags pasted from forms carry numbering, separators and verb phrases.
// Written for these tests, not copied from any evaluation set.
const first = (tag: string) => mapTag(tag)[0];

t.test('the need a tool serves ranks before the tool', async (t) => {
  const cases: readonly (readonly [string, string, string])[] = [
    ['seismic sensor network', 'disaster.earthquake', 'smart.iot'],
    ['چاپ سه بعدی قطعات یدکی', 'manufacturing.spare-parts', 'manufacturing.industry'],
    ['طباعة ثلاثية الأبعاد لقطع الغيار', 'manufacturing.spare-parts', 'manufacturing.industry'],
    ['الصيانة التنبؤية للحافلات', 'mobility.public-transport', 'revenue.cost'],
    ['vatandaş şikayetleri için chatbot', 'participation.feedback', 'smart.egov'],
  ];
  for (const [tag, need, tool] of cases) {
    const ids = mapTag(tag).map((m) => m.sectorId);
    t.equal(ids[0], need, `${tag}: the need first`);
    t.ok(ids.includes(tool), `${tag}: the tool is still listed`);
  }
});

t.test('a tool beside only a broad area, or alone, keeps the tool first', async (t) => {
  t.equal(first('العدادات الذكية للمياه')?.sectorId, 'smart.iot');
  t.equal(first('IoT sensors')?.sectorId, 'smart.iot');
});

t.test('Persian and Arabic: the sub-sector named after its area wins', async (t) => {
  t.equal(first('سامانه هشدار سریع سیلاب')?.sectorId, 'disaster.flood');
  // except manufacturing, whose area is the making itself
  t.equal(first('بومی‌سازی تجهیزات')?.sectorId, 'manufacturing');
});

t.test('Arabic لـ ("for") glued to a word is read off an unknown word', async (t) => {
  t.equal(first('روبوت محادثة لشكاوى المواطنين')?.sectorId, 'participation.feedback');
  // the fare is not a brick: الأجرة only as part of a fare phrase
  t.equal(first('بطاقات دفع الأجرة للحافلات')?.sectorId, 'mobility.public-transport');
  t.equal(first('آجر')?.sectorId, 'construction.materials');
});

t.test('a need written as a verb phrase', async (t) => {
  t.equal(first('collect trash faster')?.sectorId, 'waste.collection');
  t.equal(first('çöpleri daha hızlı toplamak')?.sectorId, 'waste.collection');
  t.equal(first('atıkları ayrıştırmak')?.sectorId, 'waste.recycling');
});

t.test('list numbering is not part of the tag', async (t) => {
  for (const [tag, sector] of [
    ['2) Toplu Taşıma', 'mobility.public-transport'],
    ['١- الطاقة الشمسية', 'energy.solar'],
  ] as const) {
    t.equal(first(tag)?.sectorId, sector, tag);
    t.equal(first(tag)?.via, 'exact', `${tag}: as strong as without the number`);
  }
  t.equal(first('Industry 4.0')?.sectorId, 'manufacturing.industry', '"4.0" is not a number');
});

t.test('needs set apart by punctuation come in the order written', async (t) => {
  const ids = mapTag('Parking / Traffic management').map((m) => m.sectorId);
  t.same(ids.slice(0, 2), ['mobility.parking', 'mobility.traffic']);
  // a spelled-out "and" may join one name
  t.equal(first('Sürdürülebilir Enerji ve İklim Eylem Planı')?.sectorId, 'environment.climate');
});

t.test('abbreviations and catch-alls', async (t) => {
  t.equal(first('Fleet Mgmt')?.sectorId, 'mobility.logistics');
  t.equal(first('CAD/AVL')?.sectorId, 'mobility.logistics');
  t.equal(first('KENTGES')?.sectorId, 'construction.planning');
  // "other" is no sector: diğer is one letter from değer (value), موارد is "items" in Persian
  for (const tag of ['Diğer', 'سایر موارد', 'Other']) {
    t.ok(first(tag)?.sectorId.startsWith(FREE_PREFIX), `${tag} stays a free tag`);
  }
  t.equal(first('موارد البلدية')?.sectorId, 'revenue', 'Arabic موارد: resources');
});

t.test('Arabic names the specific thing first: landfills of waste are landfills', async (t) => {
  t.equal(first('مطامر النفايات')?.sectorId, 'waste.landfill');
  t.equal(first('مكبات القمامة')?.sectorId, 'waste.landfill');
  t.equal(first('محارق النفايات')?.sectorId, 'waste.energy');
  // what the waste becomes is named outright (compost), not guessed from "تحويل"
  t.equal(first('تحويل المخلفات الى سماد')?.sectorId, 'waste.organic');
});

t.test('short labels other writers choose', async (t) => {
  const cases: readonly (readonly [string, string])[] = [
    ['Cost optimisation', 'revenue.cost'], // British -isation
    ['ICT', 'smart.connectivity'],
    ['data', 'smart.data'],
    ['data security', 'smart.connectivity'],
    ['çevre düzenlemesi', 'green'], // landscaping, not the environment
    ['katı atık depolama', 'waste.landfill'],
    ['توقفگاه', 'mobility.parking'],
    ['منابع مالی', 'revenue'], // مالی (financial) is not مالیات (tax)
    ['قطعات', 'manufacturing.spare-parts'], // parts, not قطعی (a power cut)
  ];
  for (const [tag, sector] of cases) t.equal(first(tag)?.sectorId, sector, tag);
});
