import { describe, expect, it } from "vitest";
import { classifyError } from "../../src/action/failure.js";
import { InputError } from "../../src/action/inputs.js";
import { FAILURE_REASONS } from "../../src/action/outputs.js";
import { GitHubApiError } from "../../src/adapters/github/client.js";
import { ProtocolError } from "../../src/adapters/loader/reply.js";
import { PostHogApiError } from "../../src/adapters/posthog/client.js";
import { SafetyError } from "../../src/core/apply.js";
import { ERROR_CATEGORIES, ToolError } from "../../src/core/errors.js";
import { DependencyCycleError } from "../../src/core/plan/order.js";
import { PullSelectionError } from "../../src/core/pull.js";
import { ConfigError } from "../../src/engine/project.js";

describe("classifyError", () => {
  it("gives every error the failure reason docs/action.md names for its cause", () => {
    const cases: [unknown, string][] = [
      [new InputError("input mode must be one of plan, apply"), "invalid-input"],
      [new ConfigError("unknown environment"), "invalid-config"],
      [new ToolError("invalid-definitions", "the definitions are invalid"), "invalid-definitions"],
      [new ToolError("untrusted-code", "a fork's definitions were not evaluated"), "untrusted-code"],
      [new PostHogApiError("PostHog rejected the personal API key (401)", { status: 401, uncertain: false }), "auth"],
      [new PostHogApiError("the key lacks a scope (403)", { status: 403, uncertain: false }), "auth"],
      [new PostHogApiError("PostHog answered with 500", { status: 500, uncertain: true }), "api-error"],
      [new PostHogApiError("could not reach PostHog", { uncertain: true }), "api-error"],
      [new SafetyError("it is no longer tagged"), "api-error"],
      [new GitHubApiError("GitHub refused to write the comment (403)", 403), "github-api"],
      [new PullSelectionError("--key x matches nothing"), "invalid-input"],
      [new DependencyCycleError(["a", "b", "a"]), "internal"],
      [new ProtocolError("a forged reply"), "internal"],
      [new TypeError("x is undefined"), "internal"],
      ["a thrown string", "internal"],
    ];
    expect(cases.map(([error]) => classifyError(error).reason)).toEqual(cases.map(([, reason]) => reason));
  });

  it("keeps the message and maps every category to a documented reason", () => {
    expect(classifyError(new ConfigError("no API key: set POSTHOG_PERSONAL_API_KEY"))).toEqual({ reason: "invalid-config", message: "no API key: set POSTHOG_PERSONAL_API_KEY" });
    for (const category of ERROR_CATEGORIES) expect(FAILURE_REASONS).toContain(classifyError(new ToolError(category, "x")).reason);
  });
});
