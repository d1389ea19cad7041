// Every public address in one place, so links, the crawler and the open data agree. Addresses use ids,
// never positions, so they do not change when goals are reordered.

export const plansPath = () => '/planer/';
export const planPath = (planId: string) => `/planer/${planId}/`;
export const chapterAnchor = (chapterId: string) => `kapitel-${chapterId}`;
export const chapterPath = (planId: string, chapterId: string) => `${planPath(planId)}#${chapterAnchor(chapterId)}`;
/** The goal's own page; its row on the plan page carries the same id as anchor. */
export const goalPath = (goalId: string) => `/mal/${goalId}/`;
export const goalAnchorPath = (planId: string, goalId: string) => `${planPath(planId)}#${goalId}`;
export const regionsPath = () => '/regioner/';
export const regionPath = (regionId: string) => `/regioner/${regionId}/`;
export const directionsPath = () => '/ramverk/';
export const directionPath = (directionId: string) => `/ramverk/${directionId}/`;
export const areaPath = (directionId: string, areaId: string) => `/ramverk/${directionId}/${areaId}/`;
export const coveragePath = () => '/tackning/';
export const ownersPath = () => '/ansvariga/';
export const ownerPath = (ownerId: string) => `/ansvariga/${ownerId}/`;
export const yearsPath = () => '/ar/';
export const yearPath = (year: number) => `/ar/${year}/`;
export const aboutPath = () => '/om/';
export const openDataPath = () => '/oppna-data/';
export const accessibilityPath = () => '/tillganglighet/';
export const dataPath = (file: 'goals.json' | 'goals.csv' | 'plans.json' | 'plans.csv' | 'katalog.rdf') =>
  `/data/${file}`;
