import type { Brief } from '../../model/brief.ts';
import type { Template } from '../template.ts';
import { BIDI_LANGUAGE } from './brief-styles.ts';
import { escapeXml, xmlElement } from './xml-text.ts';

/** An instant as W3CDTF to the second ("2025-04-10T09:00:00Z"), the form `dcterms:W3CDTF` takes. */
export function w3cdtf(instant: string): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) throw new Error(`not a date: ${instant}`);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * `docProps/core.xml` (ECMA-376 Part 2 §11, Dublin Core): title, author, language, topics as keywords, a
 * description, and created/modified pinned to `now`. Written here rather than by docx because docx stamps the
 * clock's time and has no `dc:language`.
 */
export function corePropertiesXml(brief: Brief, template: Template, now: string): string {
  const stamp = w3cdtf(now);
  const text = (name: string, value: string): string[] => value === '' ? [] : [xmlElement(name, {}, [escapeXml(value)])];
  const time = (name: string): string => xmlElement(name, { 'xsi:type': 'dcterms:W3CDTF' }, [stamp]);
  const creator = brief.author.trim() === '' ? 'Mawjaz' : brief.author.trim();
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + xmlElement('cp:coreProperties', {
    'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
    'xmlns:dcterms': 'http://purl.org/dc/terms/',
    'xmlns:dcmitype': 'http://purl.org/dc/dcmitype/',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
  }, [
    ...text('dc:title', brief.title),
    ...text('dc:creator', creator),
    ...text('cp:keywords', brief.topics.join('، ')),
    ...text('dc:description', `${template.label.ar} — ${template.label.en} (Mawjaz), ${brief.sources.length} sources`),
    ...text('dc:language', BIDI_LANGUAGE),
    ...text('cp:lastModifiedBy', creator),
    time('dcterms:created'),
    time('dcterms:modified'),
  ]);
}

