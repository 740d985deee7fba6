import { existsSync, readFileSync } from 'node:fs';
import { AttributionModel } from './attribution-model.js';

/** Written by `npm run train:attribution` (training/train-attribution.ts). */
export const ATTRIBUTION_MODEL_URL = new URL('./data/attribution-model.bin.gz', import.meta.url);

/** The calibration of its confidences (see calibration.ts), written beside it. */
export const ATTRIBUTION_CALIBRATION_URL = new URL('./data/attribution-calibration.json', import.meta.url);

let cached: AttributionModel | null | undefined;

/** The committed model, read once; null when the file is absent (the rules work alone). */
export function loadAttributionModel(): AttributionModel | null {
  if (cached === undefined) {
    cached = existsSync(ATTRIBUTION_MODEL_URL) ? AttributionModel.decode(readFileSync(ATTRIBUTION_MODEL_URL)) : null;
    if (cached && existsSync(ATTRIBUTION_CALIBRATION_URL))
      cached.calibration = JSON.parse(readFileSync(ATTRIBUTION_CALIBRATION_URL, 'utf8'));
  }
  return cached;
}
