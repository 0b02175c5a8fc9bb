/** Page sizes in points (width, height) of the templates' paper sizes. */
export const PAGE_SIZES = { A4: [595.28, 841.89], Letter: [612, 792] } as const;
