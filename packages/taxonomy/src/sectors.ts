import type { Cohesion, Lang, SectorDef } from './sector-types.js';
import { LANGS } from './sector-types.js';
import { AGRICULTURE_SECTORS } from './sectors/agriculture.js';
import { CONSTRUCTION_SECTORS } from './sectors/construction.js';
import { CULTURE_SECTORS } from './sectors/culture.js';
import { DISASTER_SECTORS } from './sectors/disaster.js';
import { ECONOMY_SECTORS } from './sectors/economy.js';
import { EDUCATION_SECTORS } from './sectors/education.js';
import { ENERGY_SECTORS } from './sectors/energy.js';
import { ENVIRONMENT_SECTORS } from './sectors/environment.js';
import { GREEN_SECTORS } from './sectors/green.js';
import { HEALTH_SECTORS } from './sectors/health.js';
import { MANUFACTURING_SECTORS } from './sectors/manufacturing.js';
import { MOBILITY_SECTORS } from './sectors/mobility.js';
import { PARTICIPATION_SECTORS } from './sectors/participation.js';
import { REVENUE_SECTORS } from './sectors/revenue.js';
import { SMART_CITY_SECTORS } from './sectors/smart-city.js';
import { SOCIAL_SECTORS } from './sectors/social.js';
import { WASTE_SECTORS } from './sectors/waste.js';
import { WATER_SECTORS } from './sectors/water.js';

/** Every sector of the taxonomy, top-level areas first within each area block. */
export const SECTORS: readonly SectorDef[] = [
  ...WASTE_SECTORS,
  ...MOBILITY_SECTORS,
  ...GREEN_SECTORS,
  ...SMART_CITY_SECTORS,
  ...HEALTH_SECTORS,
  ...REVENUE_SECTORS,
  ...ENERGY_SECTORS,
  ...WATER_SECTORS,
  ...ENVIRONMENT_SECTORS,
  ...DISASTER_SECTORS,
  ...CONSTRUCTION_SECTORS,
  ...MANUFACTURING_SECTORS,
  ...CULTURE_SECTORS,
  ...EDUCATION_SECTORS,
  ...PARTICIPATION_SECTORS,
  ...SOCIAL_SECTORS,
  ...AGRICULTURE_SECTORS,
  ...ECONOMY_SECTORS,
];

const BY_ID = new Map(SECTORS.map((s) => [s.id, s]));
const CHILDREN = new Map<string, string[]>();
for (const s of SECTORS) {
  if (s.parent) CHILDREN.set(s.parent, [...(CHILDREN.get(s.parent) ?? []), s.id]);
}

export function getSector(id: string): SectorDef | undefined {
  return BY_ID.get(id);
}

export function parentOf(id: string): string | null {
  return BY_ID.get(id)?.parent ?? null;
}

export function childrenOf(id: string): readonly string[] {
  return CHILDREN.get(id) ?? [];
}

export function cohesionOf(id: string): Cohesion | null {
  return BY_ID.get(id)?.cohesion ?? null;
}

/** Label of a sector in a language (English when unknown). */
export function sectorLabel(id: string, lang: Lang = 'en'): string {
  const s = BY_ID.get(id);
  return s ? s.labels[lang] : id;
}

export interface SurfaceForm {
  readonly form: string;
  readonly sectorId: string;
  readonly lang: Lang;
  readonly kind: 'label' | 'synonym';
}

/** Every way the taxonomy knows a sector is written: labels and synonyms, all languages. */
export function surfaceForms(): SurfaceForm[] {
  const out: SurfaceForm[] = [];
  for (const s of SECTORS) {
    for (const lang of LANGS) {
      out.push({ form: s.labels[lang], sectorId: s.id, lang, kind: 'label' });
      for (const form of s.synonyms[lang])
        out.push({ form, sectorId: s.id, lang, kind: 'synonym' });
    }
  }
  return out;
}
