export { editDistance } from './edit-distance.js';
export {
  FREE_PREFIX,
  isFreeSector,
  MAX_SECTORS_PER_TAG,
  type MatchVia,
  mapTag,
  type SectorMatch,
} from './map-tag.js';
export { compactKey, MAX_TAG_INPUT, normalizeTag, normalizeTokens } from './normalize.js';
export type { Cohesion, Lang, SectorDef } from './sector-types.js';
export { LANGS } from './sector-types.js';
export {
  childrenOf,
  cohesionOf,
  getSector,
  parentOf,
  SECTORS,
  type SurfaceForm,
  sectorLabel,
  surfaceForms,
} from './sectors.js';
export { stemToken } from './stem-token.js';
