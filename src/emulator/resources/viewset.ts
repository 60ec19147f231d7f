import { destroyForbidden, endpointNotFound, methodNotAllowed, notFound } from "../errors.js";
import { hasField, parseBooleanText, parseIntegerId } from "../fields.js";
import { isRecord } from "../json.js";
import type { ResourceContext, ResourceResponse } from "./resource.js";

/** A route handler that needs nothing but the request. */
export type CollectionHandler = (context: ResourceContext) => ResourceResponse;

/** A route handler for one object, given the object the detail route's `find` returned. */
export type DetailHandler<T> = (context: ResourceContext, item: T) => ResourceResponse;

/** An extra route (PostHog's `@action`): the methods its router maps and the handler. */
export interface ViewsetAction<Handler> {
  methods: readonly string[];
  run: Handler;
}

/** The routes under `{segment}/{id}/`: the object lookup and what each method does with the object. */
export interface DetailRoutes<T> {
  /** Looks the object up (raising PostHog's 404); called only once a handler for the method exists. */
  find(context: ResourceContext, id: string): T;
  retrieve?: DetailHandler<T>;
  /** PATCH and PUT alike: the emulator applies both as partial updates. */
  update?: DetailHandler<T>;
  /** `"forbidden"` is `ForbidDestroyModel`: an empty 405 that never looks the object up. */
  destroy?: DetailHandler<T> | "forbidden";
  /** Detail `@action`s, e.g. `experiments/{id}/launch/`, keyed by URL segment. */
  actions?: Readonly<Record<string, ViewsetAction<DetailHandler<T>>>>;
}

/** One PostHog viewset's routes, as DRF's router registers them. */
export interface Viewset<T> {
  list?: CollectionHandler;
  create?: CollectionHandler;
  /** Collection `@action`s, e.g. `feature_flags/bulk_update_tags/`, keyed by URL segment. */
  collectionActions?: Readonly<Record<string, ViewsetAction<CollectionHandler>>>;
  /** Absent for list-only viewsets, whose detail URLs no route matches. */
  detail?: DetailRoutes<T>;
}

/**
 * Builds a resource's `handle()` from its viewset, in the order DRF dispatches: the router picks
 * the route (collection, collection action, detail, detail action; an unregistered one is the URL
 * resolver's 404), the view answers 405 for a method the route does not map, and only then does
 * the handler look the object up.
 */
export function routeViewset<T>(viewset: Viewset<T>): CollectionHandler {
  return (context) => {
    const { id, action, method } = context;
    if (id === undefined) return routeCollection(viewset, context);
    const collectionAction = action === undefined && Object.hasOwn(viewset.collectionActions ?? {}, id) ? viewset.collectionActions?.[id] : undefined;
    if (collectionAction !== undefined) {
      if (!collectionAction.methods.includes(method)) throw methodNotAllowed(method);
      return collectionAction.run(context);
    }
    const detail = viewset.detail;
    if (detail === undefined) throw endpointNotFound();
    return action === undefined ? routeDetail(detail, context, id) : routeDetailAction(detail, context, id, action);
  };
}

/**
 * Routes a request to one object as a detail route, for URLs that name the object without an id
 * segment of their own (the project at `/api/projects/{id}/`).
 */
export function routeDetail<T>(detail: DetailRoutes<T>, context: ResourceContext, id: string): ResourceResponse {
  if (detail.retrieve === undefined && detail.update === undefined && detail.destroy === undefined) throw endpointNotFound();
  const handler = context.method === "GET" ? detail.retrieve : context.method === "PATCH" || context.method === "PUT" ? detail.update : context.method === "DELETE" ? detail.destroy : undefined;
  if (handler === undefined) throw methodNotAllowed(context.method);
  if (handler === "forbidden") throw destroyForbidden();
  return handler(context, detail.find(context, id));
}

/**
 * Whether an update asks to restore a soft-deleted object (`deleted` sent and false), the one
 * request whose lookup also finds deleted objects on soft-delete viewsets.
 */
export function isRestoreRequest(context: ResourceContext): boolean {
  if (context.method !== "PATCH" && context.method !== "PUT") return false;
  const body = context.body;
  return isRecord(body) && hasField(body, "deleted") && body.deleted !== null && !parseBooleanText(body.deleted);
}

/** The detail lookup of viewsets keyed by integer primary key: the record, or PostHog's 404. */
export function findByIntegerId<T extends { id: number }>(records: readonly T[], segment: string): T {
  const id = parseIntegerId(segment);
  const record = records.find((candidate) => candidate.id === id);
  if (record === undefined) throw notFound();
  return record;
}

function routeCollection<T>(viewset: Viewset<T>, context: ResourceContext): ResourceResponse {
  if (viewset.list === undefined && viewset.create === undefined) throw endpointNotFound();
  const handler = context.method === "GET" ? viewset.list : context.method === "POST" ? viewset.create : undefined;
  if (handler === undefined) throw methodNotAllowed(context.method);
  return handler(context);
}

function routeDetailAction<T>(detail: DetailRoutes<T>, context: ResourceContext, id: string, action: string): ResourceResponse {
  const route = Object.hasOwn(detail.actions ?? {}, action) ? detail.actions?.[action] : undefined;
  if (route === undefined) throw endpointNotFound();
  if (!route.methods.includes(context.method)) throw methodNotAllowed(context.method);
  return route.run(context, detail.find(context, id));
}
