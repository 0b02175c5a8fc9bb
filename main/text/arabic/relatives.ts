/** Arabic relative pronouns («الذي», «التي», …), which open a relative clause: a side clause about the noun before. */
const RELATIVES = new Set(['الذي', 'التي', 'اللذين', 'اللتين', 'الذين']);

/** Whether a matching key (see normalise) is a relative pronoun. */
export function isRelativePronoun(key: string): boolean {
  return RELATIVES.has(key);
}
