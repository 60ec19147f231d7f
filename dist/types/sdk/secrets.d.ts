/**
 * A secret a definition names but never holds: the tool reads its value from the environment
 * variable of that name at apply time, only when `posthog.config.ts` lists the name in `secrets`.
 * Plans show the name; PostHog never returns the value, so a secret is sent on create, when
 * PostHog holds none, and again only with `apply --rotate-secrets`.
 */
export interface Secret {
    readonly $secret: string;
}
/**
 * Names a secret, by the environment variable that holds it: `secret("SLACK_WEBHOOK")`.
 * PostHog's own tool's `rotate` option is refused at validation (this tool stores no token;
 * `--rotate-secrets` re-sends instead).
 */
export declare function secret(name: string, options?: {
    rotate?: string;
}): Secret;
