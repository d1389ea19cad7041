// What a build derives from one of the content's lists (terms, vocabulary, abbreviations) for every text
// it reads: made once per list rather than once per text. The lists are the validated model's, never
// changed once made, so a list object stands for its content.

/** `make`, computed once for each list object it is given. */
export function perList<L extends object, T>(make: (list: L) => T): (list: L) => T {
  const made = new WeakMap<L, T>();
  return (list) => {
    if (!made.has(list)) made.set(list, make(list));
    return made.get(list)!;
  };
}
