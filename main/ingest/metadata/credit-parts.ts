/**
 * The parts of a credit that joins several sources: «الجزيرة + وكالات», «رويترز، أ ف ب», «X / Y», «وكالة X ووكالة Y».
 */
export function creditParts(text: string): string[] {
  return text.split(/\s*[+&،,;؛]\s*|\s+\/\s+|\s+و(?=(?:وكالة|موقع|صحيفة|جريدة|قناة)\s)/u).map((p) => p.trim()).filter((p) => p.length > 0);
}
