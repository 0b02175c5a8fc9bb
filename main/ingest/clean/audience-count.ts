// A channel's or a page's audience printed under its name: «قناة · 214 ألف مشترك», «12.5K subscribers», «3,400
// متابع». Messaging channels and video pages print it where a site prints its masthead; it is never the story's
// headline nor its text. A figure of people in a headline («ألف مشترك جديد في البرنامج») has a word after the noun.

// The figure, a thousand or million word or letter at most, then the audience noun ending the line; a kind word
// («قناة», «مجموعة», «channel») and a dot or bar may stand before it.
const AUDIENCE = /^(?:(?:قناة|قناه|مجموعة|مجموعه|صفحة|صفحه|channel|group|page)\s*[·•|\-–—]?\s*)?\p{N}[\p{N}.,٫٬]*\s*(?:ألف|الف|مليون|[KkMm])?\s*(?:مشترك|مشتركا|مشتركين|مشتركون|متابع|متابعا|متابعين|متابعون|عضو|عضوا|أعضاء|subscribers?|followers?|members?)$/u;

/** Whether a short line is nothing but an audience count. */
export function isAudienceCount(text: string): boolean {
  return AUDIENCE.test(text.trim());
}
