import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createTypedPostHog, eventDefinition, propertyGroup } from "../../src/sdk/index.js";
import { ROOT } from "../helpers/cli.js";

const order = propertyGroup({ key: "order", name: "Order", properties: { order_id: { type: "String", required: true }, amount: { type: "Numeric" } } });
const orderCompleted = eventDefinition({ name: "order completed", propertyGroups: [order] });

describe("createTypedPostHog", () => {
  it("returns the client itself, so posthog-js style calls reach it unchanged with `this` intact", () => {
    const calls: { self: unknown; args: unknown[] }[] = [];
    const client = {
      sent: 0,
      capture(this: { sent: number }, ...args: unknown[]) {
        this.sent += 1;
        calls.push({ self: this, args });
        return { uuid: "u-1" };
      },
    };
    const posthog = createTypedPostHog(client, [orderCompleted]);
    const properties = { order_id: "o1", amount: 3 };
    const options = { send_instantly: true };

    const result = posthog.capture("order completed", properties, options);

    expect(posthog).toBe(client);
    expect(result).toEqual({ uuid: "u-1" });
    expect(client.sent).toBe(1);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.self).toBe(client);
    expect(calls[0]!.args).toHaveLength(3);
    expect(calls[0]!.args[1]).toBe(properties);
    expect(calls[0]!.args[2]).toBe(options);
  });

  it("passes posthog-node style messages through as the same object", () => {
    const messages: unknown[] = [];
    const client = { capture: (message: { distinctId: string; event: string; properties?: Record<string, unknown> }) => void messages.push(message) };
    const message = { distinctId: "user-1", event: "order completed" as const, properties: { order_id: "o1" } };

    createTypedPostHog(client, [orderCompleted], { strict: true }).capture(message);

    expect(messages).toEqual([message]);
    expect(messages[0]).toBe(message);
  });

  it("makes a missing required property, a wrong type and a renamed event compile errors (tsc over fixtures/typed-capture)", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "--noEmit", "-p", join(ROOT, "fixtures", "typed-capture")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  });
});
