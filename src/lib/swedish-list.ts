/** A Swedish list: "a, b och c" (or "a, b eller c"); one item as it is, none as "". */
export const listSv = (items: readonly string[], last: 'och' | 'eller' = 'och') =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${last} ${items.at(-1)}`;
