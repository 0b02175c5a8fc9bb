import type { Draft } from './draft.ts';

/** An unverified claim's parts, from which its question (alone or with others of its sources) is worded. */
interface UnverifiedParts {
  /** The sources that carry the claim, as the brief labels them («إرم نيوز و عنب بلدي»). */
  sources: string;
  /** Who it is put in («مصادر سورية خاصة») or, for a hedge, the hedging words («من المرجح»). */
  mouth: string;
  /** What is claimed: «أن …» when a clause of report holds it, else the sentence quoted «…». */
  claim: string;
  hedge: boolean;
}

/** An unverified claim before folding: worded only by foldUnverified, alone or with others of its sources. */
export type UnverifiedDraft = Omit<Draft, 'text'> & { parts: UnverifiedParts };

// Claims named in one question; the rest are in its evidence, and «وغيرها» says so.
const NAMED_CLAIMS = 2;

/** The question for claims of the same sources resting on the same kind of ground (unnamed mouths, or hedges), the ones to name first. */
function unverifiedText(parts: readonly UnverifiedParts[]): string {
  const head = parts[0];
  if (!head) return '';
  // One part per claim; the claims named and their mouths from the same parts: the others' are in the evidence.
  const distinct = parts.filter((p, i) => parts.findIndex((q) => q.claim === p.claim) === i);
  const shown = distinct.slice(0, NAMED_CLAIMS);
  const mouths = [...new Set(shown.map((p) => `«${p.mouth}»`))].join(' و');
  const named = shown.map((p) => p.claim).join('، و') + (distinct.length > NAMED_CLAIMS ? '، وغيرها' : '');
  return head.hedge
    ? `هل ثبت ما تورده ${head.sources} بصيغة غير جازمة (${mouths}): ${named}؟`
    : `من يؤكد باسمه ما تنقله ${head.sources} عن ${mouths}: ${named}؟`;
}

/**
 * Folds the unverified claims of the same sources on the same ground into one question (issue 14: one question per
 * speaker kind, not one per sentence): a source quoting unnamed mouths five times is one thing to check, the
 * analyst's question names every mouth and the claims that matter most. Its priority is its highest claim's; the
 * claims named are the highest in priority, in the order the sources tell them.
 */
export function foldUnverified(drafts: readonly UnverifiedDraft[]): Draft[] {
  const groups = new Map<string, UnverifiedDraft[]>();
  for (const d of drafts) {
    const key = `${d.parts.hedge ? 'hedge' : 'unnamed'}\u0000${d.parts.sources}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  return [...groups.values()].map((group) => {
    const ranked = group
      .map((d, i) => ({ d, i }))
      .sort((a, b) => (b.d.priority ?? 0) - (a.d.priority ?? 0) || a.i - b.i)
      .slice(0, NAMED_CLAIMS)
      .sort((a, b) => a.i - b.i)
      .map((x) => x.d);
    const rest = group.filter((d) => !ranked.includes(d));
    const head = group[0] as UnverifiedDraft;
    return {
      kind: 'unverified' as const,
      text: unverifiedText([...ranked, ...rest].map((d) => d.parts)),
      evidence: group.flatMap((d) => d.evidence),
      priority: Math.max(...group.map((d) => d.priority ?? 0)),
      unnamed: head.unnamed === true,
    };
  });
}
