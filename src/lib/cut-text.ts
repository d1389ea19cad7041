// How values are quoted in messages: cut, never longer than a line's share.

/** Text cut to at most `max` characters, with "…" where it was cut: for values quoted in messages. */
export const cutText = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}…` : text);
