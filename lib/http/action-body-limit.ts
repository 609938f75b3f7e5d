/**
 * The most bytes a server action may receive. next.config.mjs sets `serverActions.bodySizeLimit` to the same 1 MB:
 * Next decodes an action's arguments whole in a 192 MB heap, so the limit stays small. A new episode whose sources
 * need more posts to /api/episodes instead (app/(studio)/episodes/new/new-episode-form.tsx). Its own module, so the
 * browser's form can read it.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;
