import { arabicIndicDigits } from '../text/arabic/index.ts';
import type { Template } from './template.ts';

/** Digits the brief writes itself (numbers, counts), in the template's digit shapes; quoted text is never changed. */
export function localDigits(text: string, digits: Template['digits']): string {
  return digits === 'arabic-indic' ? arabicIndicDigits(text) : text;
}
