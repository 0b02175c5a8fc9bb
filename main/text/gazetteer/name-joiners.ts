// The words that join a person's own name to the father's. Both the byline reader (how many names a byline holds)
// and the actors' name finder (where a name goes on) read them, so they are written once, here.

/** «بن», «بنت»: son and daughter of, between the names of a person anywhere («محمد بن سلمان», «فاطمة بنت أحمد»). */
export const CHILD_OF = ['بن', 'بنت'] as const;

/**
 * «ولد», «منت»: son and daughter of in Mauritanian names («محمد ولد الشيخ الغزواني», «مريم منت أحمد»). Elsewhere
 * «ولد» is a verb and a noun, so a reader takes them as joiners only between two name words.
 */
export const MAURITANIAN_CHILD_OF = ['ولد', 'منت'] as const;

/** Every joiner, as written. */
export const NAME_JOINERS: ReadonlySet<string> = new Set<string>([...CHILD_OF, ...MAURITANIAN_CHILD_OF]);
