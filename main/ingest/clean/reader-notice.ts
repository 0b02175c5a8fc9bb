import type { RemovedReason } from '../../model/removed-reason.ts';
import { lineKey } from '../lines/line-key.ts';

// «مشاهدينا الكرام», «قرّاءنا الأعزاء», «عزيزي القارئ», «تنويه»: the page addressing its audience (compared by line key).
const SALUTATION = /^(?:(?:الي\s+)?(?:مشاهدينا|قرانا|قرائنا|متابعينا|زوارنا|زوار\s+موقعنا|مستمعينا)\s+(?:الكرام|الاعزا|الاعزاء)|(?:عزيزي|عزيزتي)\s+(?:القاري|المشاهد|الزائر|المتابع)|تنويه|تنبيه|اعلان\s+هام|ملاحظه\s+هامه)[\s:.!,،]*$/u;
// A notice speaks to the audience in the second person plural: «نعلمكم», «بإمكانكم», «نحيطكم علما».
const SECOND_PERSON = /(?:^|\s)\S{2,}كم(?=[\s,.،:!]|$)/u;

/** Whether a short line is a salutation to the page's audience («قرّاءنا الأعزاء», «عزيزي القارئ»). */
export function isReaderSalutation(text: string): boolean {
  return text.length <= 40 && SALUTATION.test(lineKey(text.trim()));
}

/**
 * Marks as 'reader-notice' a salutation to the page's audience on a line of its own and the paragraph after it when
 * that paragraph speaks to them («مشاهدينا الكرام» over «نعلمكم أن خدمتنا … وأن بإمكانكم …»): a notice the site
 * prints above everything, never the story or its headline. Blank lines are not in `lines`; only the next kept line
 * is asked.
 */
export function markReaderNotices(lines: { text: string; reason: RemovedReason | null }[]): void {
  for (let i = 0; i < lines.length; i++) {
    // A salutation is a few words: longer lines are not keyed at all.
    if (!isReaderSalutation(lines[i]!.text)) continue;
    lines[i]!.reason = 'reader-notice';
    const next = lines[i + 1];
    if (next !== undefined && next.reason === null && SECOND_PERSON.test(lineKey(next.text))) next.reason = 'reader-notice';
  }
}
