/**
 * The greedy grouping of `groupBy` (draft.ts) without comparing every item with every earlier one: each
 * item joins the first group (in order of creation) holding an earlier item it `belongs` with, else starts
 * a group. `candidates(i)` must name every earlier index j for which `belongs(items[j], items[i])` may hold
 * (a superset is fine, in any order, other indices are ignored); `belongs` stays the final word, so the
 * groups are those of groupBy for the same `belongs`.
 */
export function groupByCandidates<T>(items: readonly T[], candidates: (i: number) => Iterable<number>, belongs: (a: T, b: T) => boolean): T[][] {
  const groups: T[][] = [];
  const groupOf: number[] = [];
  items.forEach((item, i) => {
    // The first group with a member item belongs with is the lowest group number among such members.
    let first = Infinity;
    for (const j of candidates(i)) {
      if (j >= i || j < 0) continue;
      const g = groupOf[j] ?? Infinity;
      if (g < first && belongs(items[j] as T, item)) first = g;
    }
    const group = groups[first];
    if (group) {
      group.push(item);
      groupOf.push(first);
    } else {
      groupOf.push(groups.length);
      groups.push([item]);
    }
  });
  return groups;
}

/**
 * Groups items (pairs of figures, of dates …) that share a member, as
 * `groupBy(items, (x, y) => membersOf(x).some((m) => membersOf(y).includes(m)))` does, in one pass: the
 * first group holding an earlier item that shares a member is the lowest group any of its members is in yet.
 */
export function groupSharingMembers<T, M>(items: readonly T[], membersOf: (item: T) => readonly M[]): T[][] {
  const groups: T[][] = [];
  const lowest = new Map<M, number>();
  for (const item of items) {
    const members = membersOf(item);
    let first = Infinity;
    for (const m of members) first = Math.min(first, lowest.get(m) ?? Infinity);
    let group = groups[first];
    if (!group) {
      first = groups.length;
      group = [];
      groups.push(group);
    }
    group.push(item);
    for (const m of members) lowest.set(m, Math.min(lowest.get(m) ?? Infinity, first));
  }
  return groups;
}

/**
 * Groups items that share a member, directly or through others: the connected groups. groupSharingMembers joins an item
 * to one group only, so an item that bridges two groups made earlier leaves them apart; this joins every group an
 * item's members are in, the lowest first, keeping the items in their order.
 */
export function connectedGroups<T, M>(items: readonly T[], membersOf: (item: T) => readonly M[]): T[][] {
  // Each item's group, by the lowest item that heads it (union-find over item indices, joined by shared members).
  const head = items.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (head[r] !== r) r = head[r] ?? r;
    head[i] = r;
    return r;
  };
  const firstWith = new Map<M, number>();
  items.forEach((item, i) => {
    for (const m of membersOf(item)) {
      const j = firstWith.get(m);
      if (j === undefined) firstWith.set(m, i);
      else {
        const [a, b] = [root(i), root(j)];
        if (a !== b) head[Math.max(a, b)] = Math.min(a, b);
      }
    }
  });
  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const r = root(i);
    const group = groups.get(r);
    if (group) group.push(item);
    else groups.set(r, [item]);
  });
  return [...groups.values()];
}
