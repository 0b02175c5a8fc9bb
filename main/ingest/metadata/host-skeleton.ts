import { normalise } from '../../text/arabic/index.ts';

// A name's consonants in classes both scripts can reach: a transliterated host («thakiratalsharq», «akhbarlebanon»)
// drops the vowels and spells one Arabic letter in two Latin ones, and one Latin letter serves several Arabic ones
// (t for ت and ط, d for د and ض, th for ث and ذ). Vowel letters, و and ي (vowel or consonant), ع, ء and ه drop out.
const ARABIC_CLASS: Record<string, string> = {
  ب: 'b', ت: 'd', ث: 'd', ج: 'k', ح: '', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'd', س: 's', ش: 's', ص: 's', ض: 'd', ط: 'd',
  ظ: 'd', غ: 'k', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n', ه: '', ة: '', ا: '', و: '', ي: '', ى: '', ع: '', ء: '',
};
const LATIN_DIGRAPHS: [RegExp, string][] = [[/th|dh|zh/gu, 'd'], [/sh|ch/gu, 's'], [/kh|gh|ck/gu, 'k']];
const LATIN_CLASS: Record<string, string> = {
  b: 'b', p: 'b', t: 'd', d: 'd', z: 'd', j: 'k', g: 'k', k: 'k', q: 'k', c: 'k', r: 'r', s: 's', f: 'f', v: 'f', l: 'l', m: 'm', n: 'n',
};

function collapse(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

/** The consonant skeleton of an Arabic name, with its feminine ending read as t and as silent (both are written). */
export function arabicSkeletons(name: string): string[] {
  // The matching key folds ة into ه: a word-final ه is read as the feminine ending.
  const words = normalise(name).split(/\s+/u).filter((w) => w.length > 0);
  const read = (withTaMarbuta: boolean): string =>
    collapse(words.map((w) => [...w].map((ch, i) => (/[ةه]/u.test(ch) && i === w.length - 1 ? (withTaMarbuta ? 'd' : '') : (ARABIC_CLASS[ch] ?? ''))).join('')).join(''));
  return [...new Set([read(true), read(false)])];
}

/** The consonant skeleton of a Latin host label («thakiratalsharq» → dkrdlsrk). */
export function latinSkeleton(label: string): string {
  let s = label.toLowerCase().replace(/[^a-z]/gu, '');
  for (const [re, to] of LATIN_DIGRAPHS) s = s.replace(re, to);
  return collapse([...s].map((ch) => LATIN_CLASS[ch] ?? '').join(''));
}

/** The host's name label: «https://www.thakiratalsharq.com/…» → thakiratalsharq («ar.», «m.», «www.» dropped). */
export function hostLabel(url: string): string | null {
  const host = /^(?:https?:\/\/)?([^/\s?#]+)/iu.exec(url.trim())?.[1]?.toLowerCase();
  if (host === undefined || !host.includes('.')) return null;
  const parts = host.split('.').filter((p) => !['www', 'ar', 'm', 'amp', 'arabic'].includes(p));
  // The name is the label before the public suffix («elmakal.dz», «site.com.eg», «x.co.uk»).
  while (parts.length > 1 && /^(?:com|net|org|gov|edu|co|info|news|[a-z]{2})$/u.test(parts[parts.length - 1] ?? '')) parts.pop();
  return parts.length === 0 ? null : (parts[parts.length - 1] ?? null);
}

/**
 * Whether an Arabic name is the one a URL host spells in Latin letters: their consonant skeletons agree and carry at
 * least `fewest` consonants (short skeletons agree by chance; a host label, unlike a name printed in both scripts
 * side by side, is matched against any name on the page, so it needs four).
 */
export function hostSpells(label: string, name: string, fewest = 4): boolean {
  const latin = latinSkeleton(label);
  if (latin.length < fewest) return false;
  return arabicSkeletons(name).some((s) => s === latin || s === latin.replace(/^l/u, ''));
}
