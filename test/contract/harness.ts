import { randomBytes } from "node:crypto";
import { setTimeout as delay } from "node:timers/promises";
import { afterAll, beforeAll } from "vitest";
import { startEmulator, type RunningEmulator } from "../../src/emulator/index.js";
import { KNOWN_VIOLATIONS, expectContract, type KnownViolation } from "../helpers/checked-emulator.js";
import type { Exchange } from "./openapi/contract.js";

/**
 * The contract suite's connection to "a PostHog": the local emulator by default, or a real project
 * when POSTHOG_CONTRACT_HOST, POSTHOG_CONTRACT_PROJECT_ID and POSTHOG_CONTRACT_API_KEY are all set.
 * Against a real project every test creates only uniquely named objects and deletes them afterwards.
 */
export interface ContractTarget {
  isEmulator: boolean;
  host: string;
  projectId: number;
  apiKey: string;
  close(): Promise<void>;
}

/** A decoded response; `body` is parsed JSON, `undefined` for an empty body, or the raw text. */
export interface ContractResponse {
  status: number;
  headers: Headers;
  /** Contract assertions index into arbitrary PostHog JSON. */
  body: any;
  text: string;
}

const CONTRACT_ENV = ["POSTHOG_CONTRACT_HOST", "POSTHOG_CONTRACT_PROJECT_ID", "POSTHOG_CONTRACT_API_KEY"] as const;

function configuredVariables(): string[] {
  return CONTRACT_ENV.filter((name) => (process.env[name] ?? "") !== "");
}

/** Whether this run targets the local emulator; known before any test starts, for `it.runIf`. */
export const TARGETS_EMULATOR = configuredVariables().length === 0;

/**
 * The real project POSTHOG_CONTRACT_* name, or undefined when none is set; setting only some of
 * them is an error, never a silent fallback to the emulator. Shared with the end-to-end suites.
 */
export function readRealProject(): { host: string; projectId: number; apiKey: string } | undefined {
  const present = configuredVariables();
  if (present.length > 0 && present.length < CONTRACT_ENV.length) {
    throw new Error(`Set all of ${CONTRACT_ENV.join(", ")} to run the contract against PostHog (missing: ${CONTRACT_ENV.filter((name) => !present.includes(name)).join(", ")}).`);
  }
  if (present.length === 0) return undefined;
  const projectId = Number(process.env.POSTHOG_CONTRACT_PROJECT_ID);
  if (!Number.isInteger(projectId)) throw new Error("POSTHOG_CONTRACT_PROJECT_ID must be an integer.");
  return { host: String(process.env.POSTHOG_CONTRACT_HOST).replace(/\/+$/, ""), projectId, apiKey: String(process.env.POSTHOG_CONTRACT_API_KEY) };
}

/** Starts the emulator, or connects to the real project named by the environment. */
export async function openContractTarget(): Promise<ContractTarget> {
  const real = readRealProject();
  if (real !== undefined) return { isEmulator: false, ...real, close: async () => undefined };
  const emulator: RunningEmulator = await startEmulator({ projects: [{ id: 1, name: "Contract project" }], keys: [{ key: "phx_contract", scopes: ["*"] }] });
  return { isEmulator: true, host: emulator.url, projectId: 1, apiKey: "phx_contract", close: () => emulator.close() };
}

/** Options for one contract request. */
export interface ContractRequestOptions {
  /** `null` sends no credentials; a string overrides the target's key. */
  key?: string | null;
}

/**
 * A minimal fetch client for contract tests. Paths are relative to the project
 * (`dashboards/` → `/api/projects/{id}/dashboards/`) unless they start with `/`.
 * 429s are retried after Retry-After so a real project's throttling does not fail the run.
 */
export class ContractClient {
  readonly target: ContractTarget;
  /** Every exchange, for the OpenAPI check `useContractTarget` runs after a file's tests. */
  readonly exchanges: Exchange[] = [];

  constructor(target: ContractTarget) {
    this.target = target;
  }

  /** The absolute URL for a project-relative or absolute path. */
  url(path: string): string {
    return path.startsWith("/") ? `${this.target.host}${path}` : `${this.target.host}/api/projects/${this.target.projectId}/${path}`;
  }

  async request(method: string, path: string, body?: unknown, options: ContractRequestOptions = {}): Promise<ContractResponse> {
    const headers: Record<string, string> = {};
    const key = options.key === undefined ? this.target.apiKey : options.key;
    if (key !== null) headers.Authorization = `Bearer ${key}`;
    if (body !== undefined) headers["Content-Type"] = "application/json";
    for (let attempt = 0; ; attempt += 1) {
      const response = await fetch(this.url(path), { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      if (response.status === 429 && attempt < 5) {
        await delay(Math.min(Number(response.headers.get("retry-after") ?? "1"), 30) * 1000);
        continue;
      }
      let parsed: unknown;
      try {
        parsed = text === "" ? undefined : JSON.parse(text);
      } catch {
        parsed = text;
      }
      this.exchanges.push({ method, path: new URL(this.url(path)).pathname, body: body ?? null, status: response.status, response: parsed ?? null });
      return { status: response.status, headers: response.headers, body: parsed, text };
    }
  }

  get(path: string, options?: ContractRequestOptions): Promise<ContractResponse> {
    return this.request("GET", path, undefined, options);
  }

  post(path: string, body?: unknown, options?: ContractRequestOptions): Promise<ContractResponse> {
    return this.request("POST", path, body, options);
  }

  patch(path: string, body?: unknown, options?: ContractRequestOptions): Promise<ContractResponse> {
    return this.request("PATCH", path, body, options);
  }

  delete(path: string, options?: ContractRequestOptions): Promise<ContractResponse> {
    return this.request("DELETE", path, undefined, options);
  }
}

/** This run's id, in every name it gives objects on a real project. */
export const RUN_ID = `c${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
let sequence = 0;

/** A name no other run or person uses: starts with a letter and fits flag-key and endpoint-name rules. */
export function uniqueName(kind: string): string {
  sequence += 1;
  return `contract_${RUN_ID}_${kind}_${sequence}`;
}

/** The prefix every object of this run carries, for list searches that must only see our objects. */
export const RUN_PREFIX = `contract_${RUN_ID}_`;

/** Undo steps registered as objects are created; run in reverse order after the tests of a file. */
export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<unknown> }[] = [];

  add(label: string, run: () => Promise<unknown>): void {
    this.steps.push({ label, run });
  }

  /** Runs every step even when some fail, then reports all failures together. */
  async run(): Promise<void> {
    const failures: string[] = [];
    for (const step of this.steps.reverse()) {
      try {
        await step.run();
      } catch (error) {
        failures.push(`${step.label}: ${(error as Error).message}`);
      }
    }
    this.steps.length = 0;
    if (failures.length > 0) throw new Error(`Contract cleanup failed:\n${failures.join("\n")}`);
  }
}

/** Soft-deletes through PATCH `{deleted: true}` and insists it worked, so leftovers never go unnoticed. */
export async function softDelete(client: ContractClient, path: string, extra: Record<string, unknown> = {}): Promise<void> {
  const response = await client.patch(path, { ...extra, deleted: true });
  if (response.status !== 200 && response.status !== 404) throw new Error(`PATCH ${path} deleted:true answered ${response.status}: ${response.text}`);
}

/** Hard-deletes and insists it worked (404 counts as already gone). */
export async function hardDelete(client: ContractClient, path: string): Promise<void> {
  const response = await client.delete(path);
  if (response.status !== 204 && response.status !== 404) throw new Error(`DELETE ${path} answered ${response.status}: ${response.text}`);
}

/** The query used wherever the contract needs some valid insight. */
export const TRENDS_QUERY = {
  kind: "InsightVizNode",
  source: { kind: "TrendsQuery", series: [{ kind: "EventsNode", event: "$pageview", math: "total" }] },
};

/** Asserts the drf-exceptions-hog error envelope every PostHog error uses. */
export function isErrorEnvelope(body: unknown): boolean {
  if (typeof body !== "object" || body === null) return false;
  const keys = Object.keys(body).sort();
  return ["attr", "code", "detail", "type"].every((key) => keys.includes(key));
}

/**
 * Requests the contract suite sends off the spec on purpose, because what PostHog does with them
 * is the behaviour under test. The OpenAPI check tolerates exactly these.
 */
const CONTRACT_PROBES: readonly KnownViolation[] = [
  { operation: "dashboards_create", direction: "request", field: "tiles", reason: "Pins that tiles sent on create are ignored." },
  { operation: "dashboards_partial_update", direction: "request", field: "tiles[].insight", reason: "Pins that a display-only tile PATCH ignores an insight key." },
  { operation: "dashboards_partial_update", direction: "request", field: "tags", reason: "Pins that tags: null keeps a dashboard's tags, as an omitted tags key does." },
  { operation: "feature_flags_create", direction: "request", field: "filters.payloads.true", reason: "Pins that a payload sent as an object is stored as a JSON string." },
  ...["insights_create", "insights_partial_update"].map((operation) => ({ operation, direction: "request" as const, field: "dashboards", reason: "Pins how the deprecated dashboards field still places insights on dashboards." })),
  ...["GET", "PATCH"].map((method) => ({ operation: `${method} /api/projects/{project_id}/`, direction: "route" as const, field: "(path)", reason: "Pins project settings on both /api/projects/{id}/ and /api/environments/{id}/." })),
  ...["feature_flag_variants", "rollout_percentage", "ensure_experience_continuity"].map((name) => ({ operation: "experiments_partial_update", direction: "request" as const, field: `parameters.${name}`, reason: "Pins that a draft's deprecated parameters still sync onto its flag." })),
  { operation: "experiments_create", direction: "request", field: "metrics[].source.name", reason: "Pins that an ActionsNode's name is replaced by the action's." },
  { operation: "POST /api/projects/{project_id}/experiments/{id}/reset/", direction: "route", field: "(path)", reason: "Pins the reset action the spec does not list." },
  { operation: "annotations_create", direction: "request", field: "date_marker", reason: "Pins that a date alone and a one-digit fraction are accepted and written back in UTC (DRF DateTimeField, Django parse_datetime)." },
];

/** One test file's view of the contract target, filled in by the hooks `useContractTarget` registers. */
export interface ContractContext {
  target: ContractTarget;
  client: ContractClient;
  cleanup: Cleanup;
}

/**
 * Opens the target before a file's tests and, after them, undoes what they
 * created and closes it; every contract file starts this way.
 */
export function useContractTarget(): ContractContext {
  const context = { cleanup: new Cleanup() } as ContractContext;
  beforeAll(async () => {
    context.target = await openContractTarget();
    context.client = new ContractClient(context.target);
  });
  afterAll(async () => {
    try {
      await context.cleanup.run();
    } finally {
      await context.target.close();
    }
    // Requests PostHog accepted, and its answers, must fit its OpenAPI contract; refused requests are probes of its validation.
    const accepted = context.client.exchanges.filter((exchange) => exchange.status >= 200 && exchange.status < 300);
    expectContract(accepted, { known: [...KNOWN_VIOLATIONS, ...CONTRACT_PROBES] });
  });
  return context;
}
