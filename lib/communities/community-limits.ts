// Limits and labels the forms share with the rules in ./community-input: plain values, no zod, so client
// components can import them without shipping the validation library.

// Limits and field rules shared by the server (use cases) and the browser (counters, maxLength).
export const COMMUNITY_NAME_MAX = 80;
export const COMMUNITY_DESCRIPTION_MAX = 2000;
export const COMMUNITY_CATEGORY_MAX = 40;
export const PURPOSE_GOAL_MAX = 200;
export const PURPOSE_SUCCESS_MAX = 500;
export const PURPOSE_TARGET_MAX = 50;

export const COMMUNITY_KINDS = ["WORK", "INTEREST"] as const;

export const COMMUNITY_VISIBILITIES = ["PUBLIC", "PRIVATE", "SECRET"] as const;

export const COMMUNITY_SORTS = ["activity", "members", "suggested"] as const;

export type CommunitySort = (typeof COMMUNITY_SORTS)[number];

export const FOCUS_TITLE_MAX = 200;
export const FOCUS_BODY_MAX = 2000;
export const FOCUS_ANSWER_MAX = 5000;
