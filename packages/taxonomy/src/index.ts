export { normalizeTag } from './normalize.js';
