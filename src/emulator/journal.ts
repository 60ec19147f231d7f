/**
 * An undo log for one request's writes to the emulated database, so a request that fails part-way
 * leaves the state as it was (PostHog runs a write in one transaction) without copying the whole
 * state first: a write costs what it touches, not what the project holds.
 *
 * {@link Journal.track} wraps the state in proxies that record the previous value of every property
 * a handler sets, deletes or defines, at any depth. Objects a handler creates during the request are
 * handed out as they are (their insertion is what gets undone), and the proxies that end up inside
 * them are replaced by the objects behind them on {@link Journal.commit}, so the stored state stays
 * plain JSON.
 */
export class Journal {
  private readonly undo: { target: object; key: string | symbol; had: boolean; old: unknown }[] = [];
  private readonly proxies = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();
  private readonly created = new WeakSet<object>();
  private readonly stored: object[] = [];
  /** Key order of each touched object before its first change, since putting a deleted key back appends it. */
  private readonly keyOrders = new Map<object, (string | symbol)[]>();

  private readonly handler: ProxyHandler<object> = {
    get: (target, key) => {
      const value: unknown = Reflect.get(target, key);
      return this.isTracked(value) && !Object.isFrozen(target) ? this.track(value) : value;
    },
    set: (target, key, value) => {
      this.record(target, key);
      return Reflect.set(target, key, this.store(value));
    },
    deleteProperty: (target, key) => {
      this.record(target, key);
      return Reflect.deleteProperty(target, key);
    },
    defineProperty: (target, key, descriptor) => {
      this.record(target, key);
      return Reflect.defineProperty(target, key, "value" in descriptor ? { ...descriptor, value: this.store(descriptor.value) } : descriptor);
    },
  };

  /** The value to hand to a handler: a recording proxy for an object that existed before the request. */
  track<T>(value: T): T {
    if (!this.isTracked(value)) return value;
    let proxy = this.proxies.get(value);
    if (proxy === undefined) {
      proxy = new Proxy(value, this.handler);
      this.proxies.set(value, proxy);
      this.targets.set(proxy, value);
    }
    return proxy as T;
  }

  /** Keeps the request's changes: the objects it stored hold no proxies afterwards. */
  commit(): void {
    const seen = new Set<object>();
    for (const object of this.stored) this.unwrapInside(object, seen);
    this.undo.length = 0;
    this.stored.length = 0;
    this.keyOrders.clear();
  }

  /** Puts back every value the request changed, newest first, and each touched object's key order. */
  rollback(): void {
    for (let i = this.undo.length - 1; i >= 0; i--) {
      const { target, key, had, old } = this.undo[i]!;
      if (had) Reflect.set(target, key, old);
      else Reflect.deleteProperty(target, key);
    }
    for (const [target, order] of this.keyOrders) {
      const keys = Reflect.ownKeys(target);
      if (keys.length === order.length && keys.every((key, i) => key === order[i])) continue;
      const values = order.map((key) => Reflect.get(target, key));
      for (const key of order) Reflect.deleteProperty(target, key);
      order.forEach((key, i) => Reflect.set(target, key, values[i]));
    }
    this.undo.length = 0;
    this.stored.length = 0;
    this.keyOrders.clear();
  }

  private isTracked(value: unknown): value is object {
    return typeof value === "object" && value !== null && !this.created.has(value);
  }

  private record(target: object, key: string | symbol): void {
    if (Array.isArray(target)) {
      // Setting an index past the end grows `length` without a set of its own.
      if (typeof key === "string" && key !== "length" && Number(key) >= target.length) this.undo.push({ target, key: "length", had: true, old: target.length });
    } else if (!this.keyOrders.has(target)) this.keyOrders.set(target, Reflect.ownKeys(target));
    this.undo.push({ target, key, had: Object.hasOwn(target, key), old: Reflect.get(target, key) });
  }

  /** What goes into the state: the object behind a proxy, or a new object, remembered as the request's own. */
  private store(value: unknown): unknown {
    if (typeof value !== "object" || value === null) return value;
    const target = this.targets.get(value);
    if (target !== undefined) return target;
    if (!this.proxies.has(value)) {
      this.created.add(value);
      this.stored.push(value);
    }
    return value;
  }

  private unwrapInside(object: object, seen: Set<object>): void {
    if (seen.has(object)) return;
    seen.add(object);
    const record = object as Record<string | symbol, unknown>;
    for (const key of Reflect.ownKeys(object)) {
      const value = record[key];
      if (typeof value !== "object" || value === null) continue;
      const target = this.targets.get(value);
      if (target !== undefined) record[key] = target;
      // Objects from before the request hold no proxies; new ones may, at any depth.
      else if (!this.proxies.has(value)) this.unwrapInside(value, seen);
    }
  }
}
