/** Unicode Arabic joining types (UAX #9's companion data, ArabicShaping.txt): the ones kashida placement needs. */
export type JoiningType = 'dual' | 'right' | 'transparent' | 'none';

// ArabicShaping.txt, Joining_Type R for the Arabic block's letters: they join to the letter before them only.
const RIGHT_JOINING = new Set([
  0x0622, 0x0623, 0x0624, 0x0625, 0x0627, 0x0629, 0x062f, 0x0630, 0x0631, 0x0632, 0x0648,
  0x0671, 0x0672, 0x0673, 0x0675, 0x0676, 0x0677, 0x0688, 0x0698, 0x06c0, 0x06c3, 0x06c4, 0x06c5, 0x06c6, 0x06c7,
  0x06c8, 0x06c9, 0x06ca, 0x06cb, 0x06cd, 0x06cf, 0x06d2, 0x06d3, 0x06d5,
]);

// ArabicShaping.txt, Joining_Type D: letters that join on both sides, tatweel included (it is join-causing).
const DUAL_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0620, 0x0620], [0x0626, 0x0626], [0x0628, 0x0628], [0x062a, 0x062e], [0x0633, 0x063f], [0x0640, 0x0640],
  [0x0641, 0x0647], [0x0649, 0x064a], [0x066e, 0x066f], [0x0678, 0x0687], [0x069a, 0x06bf], [0x06c1, 0x06c2],
  [0x06cc, 0x06cc], [0x06ce, 0x06ce], [0x06d0, 0x06d1], [0x06fa, 0x06fc], [0x06ff, 0x06ff],
];

/**
 * The joining type of a code point (Unicode ArabicShaping.txt, for the Arabic block): `dual` joins on both sides,
 * `right` only to the preceding letter, `transparent` (combining marks) is skipped over by joining, `none` breaks it.
 */
export function joiningType(cp: number): JoiningType {
  if (RIGHT_JOINING.has(cp)) return 'right';
  if (DUAL_RANGES.some(([lo, hi]) => cp >= lo && cp <= hi)) return 'dual';
  if (/\p{Mn}/u.test(String.fromCodePoint(cp))) return 'transparent';
  return 'none';
}
