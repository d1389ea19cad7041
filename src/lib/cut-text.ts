// How a text is cut where only its start fits: values quoted in messages, a goal in a page title or a list line.

/** Text cut to at most `max` characters, with "…" where it was cut. */
export const cutText = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}…` : text);
