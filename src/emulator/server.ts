import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { authenticate, DEFAULT_ADMIN_KEY, refuseControlRequest, requireProjectAccess, requireScope, type ApiKeyConfig, type ScopeAction } from "./auth.js";
import { ApiError, endpointNotFound, notFound, parseError, serverError, throttled } from "./errors.js";
import { FaultQueue, parseFault, type EmulatorFault } from "./faults.js";
import { Journal } from "./journal.js";
import { cloneJson, isRecord } from "./json.js";
import { loadStateFile, saveStateFile } from "./persistence.js";
import { POSTHOG_RATE_LIMITS, RateLimiter, type RateLimitConfig } from "./rate-limit.js";
import { activityRouteScope, withActivityLog } from "./resources/activity-log.js";
import { prepareHogQLParser } from "./hogql/metadata.js";
import { ingestEvent, seedPersons, type PersonSeed } from "./resources/ingestion.js";
import { createProjectState, environmentSettingsResource, projectSettingsResource } from "./resources/project-settings.js";
import { ORGANIZATION_MODULES, RESOURCE_MODULES } from "./resources/registry.js";
import { resolveOrganization } from "./resources/organization-members.js";
import type { PostHogSettings, ResourceModule, ResourceResponse } from "./resources/resource.js";
import { parseApiPath, parseOrganizationPath, type OrganizationRoute } from "./routing.js";
import { isCurrentUserPath, serveCurrentUser } from "./resources/current-user.js";
import { STATE_VERSION, type EmulatorState, type ProjectState } from "./state.js";
import { withoutTagWrites, withTagsHidden } from "./tags.js";

import type { EmulatorOptions, RecordedRequest, RunningEmulator } from "./options.js";

const DEFAULT_KEYS: ApiKeyConfig[] = [{ key: "phx_emulator", scopes: ["*"] }];
const DEFAULT_PROJECTS = [{ id: 1, name: "Default project" }];
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** The state file is written once writes pause this long, so a burst of writes costs one file write... */
const PERSIST_IDLE_MS = 200;
/** ...and at least this often while writes go on without a pause. */
const PERSIST_MAX_DELAY_MS = 2_000;

interface ResolvedOptions {
  host: string;
  port: number;
  stateFile: string | undefined;
  projects: { id: number; name: string }[];
  keys: ApiKeyConfig[];
  rateLimits: RateLimitConfig | false;
  latencyMs: number;
  settings: PostHogSettings;
  adminKey: string;
  persons: PersonSeed[];
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Starts a PostHog API emulator on loopback. It serves the project-scoped REST contract documented
 * in docs/posthog-contract.md from an in-memory (optionally file-backed) state, and exposes
 * `/_emulator/*` control routes so out-of-process tests can inspect requests and inject faults.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const config: ResolvedOptions = {
    host: options.host ?? "127.0.0.1",
    port: options.port ?? 0,
    stateFile: options.stateFile,
    projects: (options.projects ?? DEFAULT_PROJECTS).map((project) => ({ id: project.id, name: project.name ?? `Project ${project.id}` })),
    keys: options.keys ?? DEFAULT_KEYS,
    rateLimits: options.rateLimits ?? POSTHOG_RATE_LIMITS,
    latencyMs: options.latencyMs ?? 0,
    adminKey: options.adminKey ?? DEFAULT_ADMIN_KEY,
    persons: options.persons ?? [],
    settings: { insightDashboardsOptInEnforced: options.insightDashboardsOptInEnforced ?? true, enterprise: options.enterprise ?? true, tagging: options.tagging ?? true, posthogFeatureFlags: options.posthogFeatureFlags ?? {}, staffUser: options.staffUser ?? true },
  };
  await prepareHogQLParser();
  const emulator = new Emulator(config);
  return emulator.listen();
}

function createInitialState(projects: readonly { id: number; name: string }[], persons: readonly PersonSeed[]): EmulatorState {
  const state = { version: STATE_VERSION, sequences: {}, projects: projects.map((project) => createProjectState(project.id, project.name)) };
  seedPersons(state.projects, persons);
  return state;
}

class Emulator {
  private readonly config: ResolvedOptions;
  private readonly requests: RecordedRequest[] = [];
  private readonly faults = new FaultQueue();
  private readonly limiter: RateLimiter;
  private readonly server = createServer((request, response) => {
    this.serve(request, response).catch(() => {
      if (!response.headersSent) this.send(response, { status: 500, body: serverError().body });
      else response.destroy();
    });
  });
  /**
   * When each connection's handshake is over under `latencyMs`: on a real network a new connection
   * spends a round trip on TCP's handshake before its first request can leave, so the bench's
   * figures charge opening connections as a network would rather than treating them as free.
   */
  private readonly handshakes = new WeakMap<Socket, Promise<void>>();
  private state: EmulatorState;
  private inFlight = 0;
  /** When the oldest write not yet in the state file happened, and the timer that will save it. */
  private unsaved: { since: number; timer: NodeJS.Timeout } | undefined;

  constructor(config: ResolvedOptions) {
    this.config = config;
    this.limiter = new RateLimiter(config.rateLimits);
    if (config.latencyMs > 0) this.server.on("connection", (socket: Socket) => this.handshakes.set(socket, delay(config.latencyMs)));
    const loaded = config.stateFile === undefined ? undefined : loadStateFile(config.stateFile);
    this.state = loaded ?? createInitialState(config.projects, config.persons);
    for (const project of config.projects) {
      if (!this.state.projects.some((candidate) => candidate.id === project.id)) this.state.projects.push(createProjectState(project.id, project.name));
    }
  }

  async listen(): Promise<RunningEmulator> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(this.config.port, this.config.host, () => resolve());
    });
    const address = this.server.address() as AddressInfo;
    const host = address.family === "IPv6" ? `[${address.address}]` : address.address;
    return {
      url: `http://${host}:${address.port}`,
      adminKey: this.config.adminKey,
      requests: this.requests,
      injectFault: (fault) => this.faults.add(parseFault(fault)),
      clearRequests: () => {
        this.requests.length = 0;
      },
      close: () => this.close(),
    };
  }

  private async close(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
      this.server.closeAllConnections();
    });
    if (this.unsaved) this.saveNow();
  }

  private async serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = (request.method ?? "GET").toUpperCase();
    const url = new URL(request.url ?? "/", `http://${request.headers.host ?? this.config.host}`);
    const raw = await readRaw(request);

    if (url.pathname === "/_emulator" || url.pathname.startsWith("/_emulator/")) {
      this.send(response, refuseControlRequest(request.headers, this.config.adminKey) ?? this.control(method, url.pathname, raw));
      return;
    }

    const record: RecordedRequest = { method, path: url.pathname, query: url.search.replace(/^\?/, ""), body: null, status: 0, ...(this.inFlight > 0 ? { inFlight: this.inFlight } : {}) };
    this.inFlight++;
    try {
      await this.serveApi(request, response, method, url, raw, record);
    } finally {
      this.inFlight--;
    }
  }

  private async serveApi(request: IncomingMessage, response: ServerResponse, method: string, url: URL, raw: string, record: RecordedRequest): Promise<void> {
    if (this.config.latencyMs > 0) {
      await this.handshakes.get(request.socket);
      await delay(this.config.latencyMs);
    }
    const parsed = parseJson(raw);
    record.body = parsed.ok ? (parsed.value ?? null) : raw;
    this.requests.push(record);

    const fault = this.faults.take(method, url.pathname);
    if (fault !== undefined) {
      if (fault.dropConnection) {
        request.socket.destroy();
        return;
      }
      const reply = faultReply(fault);
      record.status = reply.status;
      record.response = reply.body === undefined ? null : cloneJson(reply.body);
      this.send(response, reply);
      return;
    }

    const reply = this.dispatch(request, method, url, parsed);
    record.status = reply.status;
    record.response = reply.body === undefined ? null : cloneJson(reply.body);
    if (this.mayWrite(method, url)) this.persist();
    this.send(response, reply);
  }

  /** Whether a request may change the state; POSTs PostHog scopes as reads (the query API) never do, so they need no snapshot. */
  private mayWrite(method: string, url: URL): boolean {
    if (READ_METHODS.has(method)) return false;
    const route = parseApiPath(url.pathname);
    const module = route?.resource === undefined ? undefined : RESOURCE_MODULES.get(route.resource);
    return module?.scopeActionFor?.({ method, id: route?.id, action: route?.action }) !== "read";
  }

  /** Serves one request as one transaction: a write that fails part-way is undone through its journal. */
  private dispatch(request: IncomingMessage, method: string, url: URL, parsed: ParsedBody): Reply {
    const journal = this.mayWrite(method, url) ? new Journal() : undefined;
    try {
      const reply = this.route(request, method, url, parsed, journal === undefined ? this.state : journal.track(this.state));
      journal?.commit();
      return reply;
    } catch (error) {
      journal?.rollback();
      if (error instanceof ApiError) return { status: error.status, body: error.body ?? undefined, headers: error.headers };
      return { status: 500, body: serverError().body };
    }
  }

  private route(request: IncomingMessage, method: string, url: URL, parsed: ParsedBody, state: EmulatorState): ResourceResponse {
    const organizationRoute = parseOrganizationPath(url.pathname);
    if (organizationRoute !== undefined) return this.routeOrganization(request, method, url, parsed, organizationRoute, state);
    if (isCurrentUserPath(url.pathname)) return this.routeCurrentUser(request, method, url, parsed);
    const route = parseApiPath(url.pathname);
    if (route === undefined) throw endpointNotFound();
    let module: ResourceModule | undefined = route.prefix === "environments" ? environmentSettingsResource : projectSettingsResource;
    if (route.resource !== undefined) {
      module = RESOURCE_MODULES.get(route.resource);
      if (module === undefined || (route.prefix === "environments" && !module.environmentsAlias)) throw endpointNotFound();
    }

    const key = authenticate(request.headers, parsed.ok ? parsed.value : undefined, url.searchParams, this.config.keys);
    if (!parsed.ok) throw parseError(`JSON parse error - ${parsed.error}`);
    const projectId = this.resolveProjectId(route.projectRef, key);
    const action: ScopeAction = module.scopeActionFor?.({ method, id: route.id, action: route.action }) ?? (READ_METHODS.has(method) ? "read" : "write");
    requireScope(key, activityRouteScope(module.segment, { method, id: route.id, action: route.action }) ?? module.scopeObject, action);
    requireProjectAccess(key, projectId);
    const project = state.projects.find((candidate) => candidate.id === projectId);
    if (project === undefined) throw notFound("Project not found.");
    const wait = this.limiter.consume(key.key, module.throttle);
    if (wait !== undefined) throw throttled(wait);

    const { tagging } = this.config.settings;
    const context = {
      state,
      project,
      method: method === "HEAD" ? "GET" : method,
      id: route.id,
      action: route.action,
      body: parsed.ok ? (tagging ? parsed.value : withoutTagWrites(parsed.value)) : undefined,
      query: url.searchParams,
      requestUrl: url,
      settings: this.config.settings,
    };
    const response = withActivityLog(module.segment, context, () => module.handle(context));
    return tagging ? response : { ...response, body: withTagsHidden(response.body) };
  }

  /** Organization-scoped routes (the members list alerts resolve subscribers from): scopes and throttles as for projects. */
  private routeOrganization(request: IncomingMessage, method: string, url: URL, parsed: ParsedBody, route: OrganizationRoute, state: EmulatorState): ResourceResponse {
    const module = ORGANIZATION_MODULES.get(route.resource);
    if (module === undefined) throw endpointNotFound();
    const key = authenticate(request.headers, parsed.ok ? parsed.value : undefined, url.searchParams, this.config.keys);
    if (!parsed.ok) throw parseError(`JSON parse error - ${parsed.error}`);
    requireScope(key, module.scopeObject, READ_METHODS.has(method) ? "read" : "write");
    resolveOrganization(route.organizationRef);
    const project = state.projects[0];
    if (project === undefined) throw notFound();
    const wait = this.limiter.consume(key.key, module.throttle);
    if (wait !== undefined) throw throttled(wait);
    const body = parsed.ok ? parsed.value : undefined;
    return module.handle({ state, project, method: method === "HEAD" ? "GET" : method, id: route.id, body, query: url.searchParams, requestUrl: url, settings: this.config.settings });
  }

  /** `/api/users/@me/` (scope `user`), throttled as other reads. */
  private routeCurrentUser(request: IncomingMessage, method: string, url: URL, parsed: ParsedBody): ResourceResponse {
    const key = authenticate(request.headers, parsed.ok ? parsed.value : undefined, url.searchParams, this.config.keys);
    requireScope(key, "user", READ_METHODS.has(method) ? "read" : "write");
    const wait = this.limiter.consume(key.key, "default");
    if (wait !== undefined) throw throttled(wait);
    return { status: 200, body: serveCurrentUser(method === "HEAD" ? "GET" : method, this.config.settings) };
  }

  private resolveProjectId(reference: string, key: ApiKeyConfig): number {
    if (reference === "@current") return key.projectIds?.[0] ?? this.state.projects[0]?.id ?? 0;
    if (!/^\d+$/.test(reference)) throw notFound("Project not found.");
    return Number.parseInt(reference, 10);
  }

  private control(method: string, path: string, raw: string): Reply {
    const route = `${method} ${path.replace(/\/$/, "")}`;
    const parsed = parseJson(raw);
    const body = parsed.ok ? parsed.value : undefined;
    switch (route) {
      case "GET /_emulator/requests":
        return { status: 200, body: this.requests };
      case "DELETE /_emulator/requests":
        this.requests.length = 0;
        return { status: 204 };
      case "POST /_emulator/faults":
        try {
          this.faults.add(parseFault(body));
          return { status: 204 };
        } catch (error) {
          return { status: 400, body: { error: (error as Error).message } };
        }
      case "POST /_emulator/reset":
        this.state = createInitialState(this.config.projects, this.config.persons);
        this.requests.length = 0;
        this.faults.clear();
        this.limiter.reset();
        this.saveNow();
        return { status: 204 };
      case "POST /_emulator/ingest":
        return this.ingest(body);
      case "GET /_emulator/state":
        return { status: 200, body: this.state };
      default:
        return { status: 404, body: { error: `Unknown emulator control route: ${route}` } };
    }
  }

  private ingest(body: unknown): Reply {
    if (!isRecord(body)) return { status: 400, body: { error: "Send a JSON object such as {\"event\": \"signed_up\"}." } };
    const projectId = typeof body.project_id === "number" ? body.project_id : this.state.projects[0]?.id;
    const project: ProjectState | undefined = this.state.projects.find((candidate) => candidate.id === projectId);
    if (project === undefined) return { status: 404, body: { error: `Unknown project ${String(projectId)}.` } };
    try {
      const result = ingestEvent(project, body);
      this.persist();
      return { status: 201, body: result };
    } catch (error) {
      return { status: 400, body: { error: (error as Error).message } };
    }
  }

  /** Marks the state as changed; the file is written once writes pause, not once per write. */
  private persist(): void {
    if (this.config.stateFile === undefined) return;
    const since = this.unsaved?.since ?? Date.now();
    if (this.unsaved) clearTimeout(this.unsaved.timer);
    const wait = Math.min(PERSIST_IDLE_MS, Math.max(0, since + PERSIST_MAX_DELAY_MS - Date.now()));
    this.unsaved = { since, timer: setTimeout(() => this.saveNow(), wait) };
  }

  private saveNow(): void {
    if (this.unsaved) clearTimeout(this.unsaved.timer);
    this.unsaved = undefined;
    if (this.config.stateFile !== undefined) saveStateFile(this.config.stateFile, this.state);
  }

  private send(response: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers);
      response.end();
      return;
    }
    const payload = JSON.stringify(reply.body);
    response.writeHead(reply.status, { ...headers, "Content-Type": "application/json", "Content-Length": String(Buffer.byteLength(payload)) });
    response.end(payload);
  }
}

type ParsedBody = { ok: true; value: unknown } | { ok: false; error: string };

function parseJson(raw: string): ParsedBody {
  if (raw.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

async function readRaw(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The response for an injected fault; without an explicit body it is PostHog's error body for that status. */
function faultReply(fault: EmulatorFault): Reply {
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers["Retry-After"] = String(fault.retryAfter);
  if (fault.body !== undefined) return { status: fault.status, body: fault.body, headers };
  if (fault.status === 429) {
    const error = throttled(fault.retryAfter ?? 1);
    return { status: 429, body: error.body, headers: { ...error.headers, ...headers } };
  }
  if (fault.status >= 500) return { status: fault.status, body: serverError().body, headers };
  if (fault.status === 404) return { status: 404, body: notFound().body, headers };
  return { status: fault.status, body: { type: "validation_error", code: "invalid_input", detail: "Injected fault.", attr: null }, headers };
}
