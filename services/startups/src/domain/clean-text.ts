import { inputText } from '@citymatch/service-kit';
import { InvalidText } from '../errors.js';

/** Text and tag cleaning (service-kit's input-text), refusing with this service's error. */
export const { cleanText, cleanTags } = inputText(
  (field, reason) => new InvalidText(field, reason),
);
