// The style a publishing house wraps its paper's name in: «مؤسسة عدن الغد للإعلام», «دار الصباح للصحافة والنشر»,
// «مؤسسة X للصحافة والنشر». Shared by the menu reader (a menu's first item) and the copyright reader (a holder named
// as a company), so that both take the paper's name out of the publisher's the same way.

/** The company word a publisher's name opens on. */
export const PUBLISHER_HEAD = /^(?:مؤسسة|مؤسسه|مجموعة|مجموعه|شركة|شركه|دار)\s+/u;

/** The trade a publisher's name closes on: «للإعلام», «للصحافة والنشر», «للطباعة والنشر والتوزيع», «الإعلامية». */
export const PUBLISHER_TAIL = /\s+(?:للإعلام|للاعلام|للصحافة|للصحافه|للطباعة|للطباعه|للنشر|الإعلامية|الاعلامية|الإعلاميه|الاعلاميه)(?:\s+(?:والنشر|والتوزيع|والإعلان|والاعلان|والطباعة|والطباعه))*$/u;
