// Every public address in one place, so links and the open data agree. Addresses never depend on order.

export const planPath = (planId: string) => `/planer/${planId}/`;
export const chapterAnchor = (chapterId: string) => `kapitel-${chapterId}`;
/** A goal's anchor on its plan page is its id, which never changes when goals are reordered. */
export const goalUrl = (planId: string, goalId: string) => `${planPath(planId)}#${goalId}`;
export const dataPath = (file: 'goals.json' | 'goals.csv') => `/data/${file}`;
