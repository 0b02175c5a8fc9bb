import type { ActorType, QuestionKind } from '../model/brief.ts';
import { showsBackground, showsComposed } from '../../common/point-marks.ts';
import { countInWords, type CountedForms } from '../text/arabic/index.ts';

// One vocabulary for every exporter, so the PDF and the Word file of one brief name things alike.

/** How the brief names an actor's type in Arabic. */
export const ACTOR_TYPE_LABEL: Record<ActorType, string> = {
  person: 'شخص',
  organization: 'منظمة',
  place: 'مكان',
  other: 'أخرى',
};

/** How the brief names the kind of an open question in Arabic. */
export const QUESTION_KIND_LABEL: Record<QuestionKind, string> = {
  contradiction: 'تناقض بين المصادر',
  unverified: 'ادعاء غير مؤكد',
  denied: 'ادعاء منفي',
  unknown: 'مجهول',
  metadata: 'بيانات المصدر ناقصة',
};

/** Column headings of the actors and timeline tables. */
export const COLUMN = {
  name: 'الاسم',
  type: 'النوع',
  roles: 'الأدوار',
  aliases: 'أسماء أخرى',
  mentions: 'الإشارات',
  date: 'التاريخ',
  event: 'الحدث',
  sources: 'المصادر',
} as const;

/**
 * The mark after a summary point composed from its sources' words (SummaryPoint.composed) rather than one of their
 * sentences as written: the reader must know the wording is the brief's, the words the sources'.
 */
export const COMPOSED_MARK = 'صياغة مركّبة';


/**
 * The mark after a summary point that recounts background rather than the news (PointEvent.background: an event dated
 * well before the rest of the story, ranked after the news): the reader must not take it for today's development.
 */
export const BACKGROUND_MARK = 'خلفية';

/** The marks a summary point carries after its text, in order (both exporters set them muted, each after « — »). */
export function pointMarks(point: Parameters<typeof showsComposed>[0] & Parameters<typeof showsBackground>[0]): string[] {
  return [...(showsComposed(point) ? [COMPOSED_MARK] : []), ...(showsBackground(point) ? [BACKGROUND_MARK] : [])];
}

/** After the date of a timeline event that was announced, not reported done (TimelineEntry.planned). */
export const PLANNED_MARK = 'مرتقب';

/**
 * A remark set after an item in muted text (« — مصدران مستقلان», « — صياغة مركّبة»): no-break spaces keep it in one
 * piece at a line's end («مصدران / مستقلان» split reads as two remarks).
 */
export function mutedSuffix(label: string): string {
  return `—\u00a0${label.replace(/ /g, '\u00a0')}`;
}

/** How many independent sources carry a point or an entry, in words that agree with the number («مصدران مستقلان»). */
export function independentSourcesLabel(n: number): string {
  return countInWords(n, INDEPENDENT_SOURCES);
}

const INDEPENDENT_SOURCES: CountedForms = {
  one: 'مصدر مستقل واحد',
  two: 'مصدران مستقلان',
  plural: 'مصادر مستقلة',
  accusative: 'مصدرًا مستقلًا',
  genitive: 'مصدر مستقل',
};

/** The heading of the timeline chart when the template puts it in an annex at the end of the brief. */
export const TIMELINE_CHART_ANNEX = 'ملحق: التسلسل الزمني في مخطط';

const UNDATED_EVENTS: CountedForms = {
  one: 'حدث واحد',
  two: 'حدثان',
  plural: 'أحداث',
  accusative: 'حدثًا',
  genitive: 'حدث',
};

/**
 * The timeline chart's caption, which is also its legend and, in the PDF, its alternate text: how marks, bars and
 * badges read, how many entries have no place on the axis (their year unknown), how many a full stack counts in its
 * «+N» rather than draws, and how many are drawn without a label for want of room, so a reader never takes the
 * chart for the whole timeline.
 */
export function timelineChartCaption(unplaced: number, unlabelled: number, overflowed = 0): string {
  const legend = 'التسلسل الزمني في مخطط: الدائرة المصمتة حدث بتاريخ محدد والمفرغة حدث بتاريخ تقريبي، والرقم فيها عدد مصادره؛ '
    + 'الشريط مدة، والمخطط منه مدة تقريبية.';
  const notDrawn = unplaced === 0 ? '' : ` لم يُرسم ${countInWords(unplaced, UNDATED_EVENTS)} لأن السنة غير معروفة.`;
  const stacked = overflowed === 0 ? '' : ` وعلامة «+» فوق يوم مزدحم تعدّ ما لم يُرسم من أحداثه (${countInWords(overflowed, UNDATED_EVENTS)}).`;
  const unnamed = unlabelled === 0 ? '' : ` ورُسم ${countInWords(unlabelled, UNDATED_EVENTS)} بلا عنوان لضيق المكان، والجدول يذكر كل حدث.`;
  return legend + notDrawn + stacked + unnamed;
}

/** The heading of the actor map when the template puts it in an annex at the end of the brief. */
export const ACTOR_MAP_ANNEX = 'ملحق: شبكة الفاعلين';

/**
 * The word printed on an actor map's tie for the kind of event its sentences tell: each event sense of
 * text/arabic/event-senses.json as its verbal noun. A sense added there without a word here is not printed.
 */
export const TIE_KIND_LABEL: Readonly<Record<string, string>> = {
  announce: 'إعلان', start: 'بدء', death: 'قتل', arrive: 'زيارة', land: 'هبوط', deny: 'نفي', agree: 'اتفاق', attack: 'هجوم',
  arrest: 'اعتقال', suspend: 'تعليق', emerge: 'ظهور', release: 'إفراج', meet: 'لقاء', withdraw: 'انسحاب',
  movement: 'نزوح', return: 'عودة', wounding: 'إصابة', deployment: 'انتشار',
};

const OTHER_ACTORS: CountedForms = {
  one: 'فاعل آخر',
  two: 'فاعلان آخران',
  plural: 'فاعلين آخرين',
  accusative: 'فاعلًا آخر',
  genitive: 'فاعل آخر',
};

const ACTORS: CountedForms = {
  one: 'فاعل واحد',
  two: 'فاعلان',
  plural: 'فاعلين',
  accusative: 'فاعلًا',
  genitive: 'فاعل',
};

/**
 * The actor map's caption, which is also its legend and, in the PDF, its alternate text: how shapes, sizes and
 * lines read, and what the map leaves out — the least central actors beyond its cap («و K آخرون») and the actors
 * drawn without a name for want of room — so a reader never takes the map for the whole list.
 */
export function actorMapCaption(counts: { named: number; small: number; others: number; unlabelled: number; kinds: number }): string {
  const { named, small, others, unlabelled, kinds } = counts;
  const legend = 'شبكة الفاعلين: الشكل نوع الفاعل وحجمه عدد المصادر التي تذكره، والخط بين فاعلين جملة أو حدث يجمعهما في المصادر، '
    + 'ويغلظ الخط بعدد الجمل.' + (kinds === 0 ? '' : ' والكلمة على الخط نوع الحدث الذي تذكره أغلب جمله.');
  const left = others === 0 ? '' : `، و${countInWords(others, OTHER_ACTORS)} لم يُرسموا`;
  const capped = small > 0
    ? ` يُظهر المخطط أكثر الفاعلين ارتباطًا (${countInWords(named, ACTORS)}) بأسمائهم، ورُسم في وسطه بلا أسماء ${countInWords(small, OTHER_ACTORS)}`
      + `، لكلٍّ منهم أقوى روابطه وحده${left}، وجدول الفاعلين يذكرهم جميعًا.`
    : others === 0 ? '' : ` يُظهر المخطط أكثر الفاعلين ارتباطًا (${countInWords(named, ACTORS)})${left}، وجدول الفاعلين يذكرهم جميعًا.`;
  const unnamed = unlabelled === 0 ? '' : ` ورُسم ${countInWords(unlabelled, ACTORS)} بلا اسم لضيق المكان.`;
  return legend + capped + unnamed;
}
