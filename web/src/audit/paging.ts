// Events are tall (their data shown in full), so a page is a screenful or two.
export const EVENTS_PER_PAGE = 25;
