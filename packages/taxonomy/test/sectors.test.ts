import t from 'tap';
import {
  childrenOf,
  cohesionOf,
  getSector,
  LANGS,
  mapTag,
  parentOf,
  SECTORS,
  surfaceForms,
} from '../src/index.js';
import { surfaceIndex } from '../src/surface-index.js';

t.test('every sector has a parent in the taxonomy and labels in all four languages', async (t) => {
  const ids = new Set(SECTORS.map((s) => s.id));
  t.equal(ids.size, SECTORS.length, 'ids are unique');
  for (const s of SECTORS) {
    if (s.parent !== null) {
      t.ok(ids.has(s.parent), `${s.id} → ${s.parent}`);
      t.ok(s.id.startsWith(`${s.parent}.`), `${s.id} is named under its parent`);
      t.equal(parentOf(s.parent), null, `${s.id}: two levels at most`);
      t.equal(cohesionOf(s.id), cohesionOf(s.parent), `${s.id} shares its area's cohesion`);
    }
    for (const lang of LANGS) t.ok(s.labels[lang].trim().length > 0, `${s.id} label ${lang}`);
  }
});

t.test('the taxonomy covers the municipal areas the product needs', async (t) => {
  const areas = [
    'waste',
    'mobility',
    'green',
    'smart',
    'health',
    'revenue',
    'energy',
    'water',
    'environment',
    'disaster',
    'construction',
    'manufacturing',
    'culture',
    'education',
    'participation',
    'social',
    'agriculture',
  ];
  for (const a of areas) {
    t.ok(getSector(a), a);
    t.ok(childrenOf(a).length >= 1, `${a} has children`);
  }
  for (const id of ['waste.recycling', 'waste.collection', 'waste.organic', 'mobility.ev']) {
    t.ok(getSector(id), id);
  }
});

t.test('hundreds of surface forms, several per sector and language', async (t) => {
  const forms = surfaceForms();
  t.ok(forms.length >= 2000, `${forms.length} surface forms`);
  for (const s of SECTORS) {
    for (const lang of LANGS) {
      const n = forms.filter((f) => f.sectorId === s.id && f.lang === lang).length;
      t.ok(n >= 3, `${s.id} ${lang}: ${n}`);
    }
  }
});

t.test('no surface form is claimed by two sectors, even after stemming', async (t) => {
  const index = surfaceIndex();
  const clash = (map: Map<string, readonly { sectorId: string }[]>) =>
    [...map].filter(([, hits]) => new Set(hits.map((h) => h.sectorId)).size > 1).map(([k]) => k);
  t.same(clash(index.exact), []);
  t.same(clash(index.stem), []);
});

t.test('every surface form maps back to its own sector', async (t) => {
  const misses = surfaceForms().filter(
    (f) => !mapTag(f.form).some((m) => m.sectorId === f.sectorId),
  );
  t.same(misses, []);
});
