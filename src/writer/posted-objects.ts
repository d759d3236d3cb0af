/**
 * An app's rendered objects as the main thread posts them to the write worker, and the
 * worker's reuse of what it emitted and checked for the app in another environment.
 *
 * An app's objects are mostly the same in every environment but for
 * `metadata.namespace` (figures in docs/performance.md). So
 * each object is posted as its own JSON text with the namespace replaced by
 * `NS_SENTINEL`, and the namespace beside it. Within one app the worker parses an
 * object's text once, checks it once per Kubernetes version and emits it once; another
 * environment's copy gets the same YAML with its own namespace on the namespace line.
 * Exact by construction:
 * - the text (the map key) is the whole object but for the namespace's value;
 * - the bundled schemas take any string as `metadata.namespace`, so the schema check
 *   cannot tell the copies apart;
 * - the emitter writes the namespace as `  namespace: <value>` (a top-level mapping's
 *   child, and a priority key whatever its value), so swapping the value on that one
 *   line gives the bytes the emitter gives the other copy. An object where the sentinel
 *   occurs more than once, or whose namespace would be a block scalar, is emitted whole.
 */
import { emitYaml, inlineString } from "../yaml/emit.ts";
import type { KObject } from "../core/render/render.ts";

/** Stands for `metadata.namespace` in a posted object's JSON (plain-safe YAML, as emitted). */
export const NS_SENTINEL = "capstan-posted-namespace-0d9f4c27";
const NS_LINE = `\n  namespace: ${NS_SENTINEL}\n`;

/** An app's objects as posted: each one's JSON with the namespace as NS_SENTINEL. */
export interface PostedObjects {
  texts: string[];
  /** each object's `metadata.namespace`, or null when it is not a string (left in the text) */
  namespaces: (string | null)[];
}

export function postObjects(objects: KObject[]): PostedObjects {
  const texts: string[] = [];
  const namespaces: (string | null)[] = [];
  for (const o of objects) {
    const meta = o.metadata;
    const ns = meta.namespace;
    if (typeof ns === "string") {
      meta.namespace = NS_SENTINEL;
      try {
        texts.push(JSON.stringify(o));
      } finally {
        meta.namespace = ns;
      }
      namespaces.push(ns);
    } else {
      texts.push(JSON.stringify(o));
      namespaces.push(null);
    }
  }
  return { texts, namespaces };
}

/** The posted objects as they were rendered (parsed again, namespaces put back). */
export function receiveObjects(p: PostedObjects): KObject[] {
  return p.texts.map((t, i) => withNamespace(JSON.parse(t) as KObject, p.namespaces[i]!));
}

function withNamespace(o: KObject, ns: string | null): KObject {
  return ns === null ? o : { ...o, metadata: { ...o.metadata, namespace: ns } };
}

/** One distinct posted text: parsed once, emitted once, checked once per Kubernetes version. */
export interface Seen {
  /** as posted: the namespace is NS_SENTINEL */
  obj: KObject;
  /** the sentinel occurs once in the text: the namespace line can be swapped */
  swappable: boolean;
  yaml?: string;
  valid?: Map<string, boolean>;
}

/**
 * The write worker's objects of one app at a time: what it parsed, checked and emitted
 * for one environment is reused for the others (renders come app by app).
 */
export class AppObjects {
  private app: string | undefined;
  private readonly seen = new Map<string, Seen>();

  /** The objects of `app` as rendered (real namespaces), each with its entry. */
  receive(app: string, p: PostedObjects): { objects: KObject[]; entries: Seen[] } {
    if (app !== this.app) {
      this.seen.clear();
      this.app = app;
    }
    const objects: KObject[] = [];
    const entries: Seen[] = [];
    p.texts.forEach((t, i) => {
      let e = this.seen.get(t);
      if (!e) {
        const swappable = t.indexOf(NS_SENTINEL) === t.lastIndexOf(NS_SENTINEL);
        e = { obj: JSON.parse(t) as KObject, swappable };
        this.seen.set(t, e);
      }
      entries.push(e);
      objects.push(withNamespace(e.obj, p.namespaces[i]!));
    });
    return { objects, entries };
  }

  /** Whether `check` passes for the object (as rendered), asked once per Kubernetes version. */
  static valid(
    e: Seen,
    obj: KObject,
    kubeVersion: string,
    check: (o: KObject) => boolean,
  ): boolean {
    const known = e.valid?.get(kubeVersion);
    if (known !== undefined) return known;
    const ok = check(obj);
    (e.valid ??= new Map()).set(kubeVersion, ok);
    return ok;
  }

  /** The object's YAML (as rendered, with `ns` as its namespace): emitYaml's bytes. */
  static text(e: Seen, obj: KObject, ns: string | null): string {
    if (ns === null) return (e.yaml ??= emitYaml(obj));
    const value = e.swappable ? inlineString(ns) : undefined;
    if (value === undefined) return emitYaml(obj);
    const yaml = (e.yaml ??= emitYaml(e.obj));
    const at = yaml.indexOf(NS_LINE);
    if (at < 0) return emitYaml(obj);
    return `${yaml.slice(0, at)}\n  namespace: ${value}\n${yaml.slice(at + NS_LINE.length)}`;
  }
}
