import t from 'tap';
import { FREE_PREFIX, mapTag } from '../src/index.js';

// Persian and Arabic typed in Latin letters, as people write them on phones and keyboards
// without their script. Written for these tests, not copied from any evaluation set.
const first = (tag: string) => mapTag(tag)[0];

t.test('Finglish (Persian in Latin letters) reads as the Persian it spells', async (t) => {
  const cases: readonly (readonly [string, string])[] = [
    ['bazyafte zobale', 'waste.recycling'],
    ['haml va naghle omumi', 'mobility.public-transport'],
    ['modiriate bohran', 'disaster'],
    ['sakhteman hooshmand', 'construction.smart-buildings'],
    ['enerzhi khorshidi', 'energy.solar'],
    ['tasfiye ab', 'water.supply'],
    ['gardeshgari', 'culture.tourism'],
    ['salamat omumi', 'health.public'],
    ['amoozesh mojazi', 'education.edtech'],
    ['parkhaye shahri', 'green.parks'],
  ];
  for (const [tag, sector] of cases) {
    const m = first(tag);
    t.equal(m?.sectorId, sector, tag);
    // a reading is a guess about the script: weaker than the tag written in it
    t.equal(m?.via, 'fuzzy', `${tag}: read, not matched as written`);
    t.ok((m?.strength ?? 1) < 1, `${tag}: strength below an exact match`);
  }
});

t.test('Arabizi (Arabic in Latin letters and digits) reads as the Arabic it spells', async (t) => {
  const cases: readonly (readonly [string, string])[] = [
    ['edaret el nefayat', 'waste'],
    ['nazafat el shawere3', 'waste.collection'],
    ['e3adet tadweer', 'waste.recycling'],
    ['el naql el 3am', 'mobility.public-transport'],
    ['ta7weel el nefayat le taqa', 'waste.energy'],
    ['ta2heel mehany', 'education.skills'],
  ];
  for (const [tag, sector] of cases) {
    t.equal(first(tag)?.sectorId, sector, tag);
    t.equal(first(tag)?.via, 'fuzzy', `${tag}: read, not matched as written`);
  }
});

t.test('Latin words that only look like Persian or Arabic are not read as them', async (t) => {
  // English and Turkish tags keep their own meaning
  t.equal(first('sahne sanatları')?.sectorId, 'culture.events');
  t.equal(first('parking hooshmand')?.sectorId, 'mobility.parking');
  t.equal(first('tarih')?.sectorId, 'culture.heritage', 'Turkish "history", not طراحی');
  // words that spell nothing the taxonomy knows stay free tags, whatever they resemble
  for (const tag of ['money', 'kebab', 'lorem ipsum', 'ab', 'e2tesad']) {
    t.ok(first(tag)?.sectorId.startsWith(FREE_PREFIX), `${tag} stays a free tag`);
  }
});

t.test(
  'spoken Persian plurals written as said (-ا, -ای for -ها, -های) match exactly',
  async (t) => {
    const cases: readonly (readonly [string, string])[] = [
      ['ماشینای برقی', 'mobility.ev'],
      ['دوربینای مداربسته', 'disaster.security'],
      ['پارکای شهری', 'green.parks'],
    ];
    for (const [tag, sector] of cases) {
      t.equal(first(tag)?.sectorId, sector, tag);
      // the plural of a known phrase is that phrase, not a typo of it
      t.equal(first(tag)?.via, 'exact', `${tag}: as strong as the singular`);
    }
  },
);

t.test('food security is the food supply in all four languages', async (t) => {
  for (const tag of ['food security', 'gıda güvenliği', 'امنیت غذایی', 'الأمن الغذائي']) {
    t.equal(first(tag)?.sectorId, 'agriculture.food', tag);
  }
});

t.test('"AI for X" and "SaaS for X" name X; -aaS acronyms are not plurals', async (t) => {
  t.equal(first('AI for traffic management')?.sectorId, 'mobility.traffic');
  t.equal(first('SaaS for municipalities')?.sectorId, 'smart.egov');
  t.equal(first('MaaS')?.sectorId, 'mobility');
});
