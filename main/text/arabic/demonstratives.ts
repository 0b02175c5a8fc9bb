import { normalise } from './normalise.ts';

/**
 * The demonstratives, normalised: singular, dual and plural, near and far («هذا», «تلك», «هؤلاء», «هاتين»). Before a
 * definite noun they point at something told elsewhere («تلك المليشيات») or at the sentence's own event («هذه المرة»).
 */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'أولئك', 'هذين', 'هاتين'].map(normalise));
