// Fault injection for resilience tests and demos: a fixed latency on every /v1.0 HTTP request,
// and rules that answer matching requests (including inner $batch requests) with 429/503/412/500
// or drop the connection — for the next N matches, or a deterministic fraction of them.
// A drop happens "before" the request runs (nothing changes) or "after" it (state changes, the
// response is lost): the second is the case clients get wrong, since a retry may repeat a write.
// "resend" is the lost answer that the client's transport repairs by itself: the request runs, its
// answer is lost, and the same request arrives again and is answered. Browsers resend a request
// whose kept-alive connection closed before any byte of the answer came back, POSTs included, so an
// app can see one answer for a write that happened twice.
import { z } from "zod";

export type DropMode = "before" | "after" | "resend";

// `drop: true` predates "before"/"after" and keeps its meaning, so existing configurations still work.
const dropSchema = z
  .union([z.boolean(), z.literal("before"), z.literal("after"), z.literal("resend")])
  .default(false)
  .transform((d): DropMode | false => (d === true ? "before" : d));

export const faultConfigSchema = z.strictObject({
  latencyMs: z.number().min(0).max(60_000).default(0),
  rules: z
    .array(
      z
        .strictObject({
          method: z.string().optional(),
          path: z.string().min(1),
          status: z.union([z.literal(429), z.literal(503), z.literal(412), z.literal(500)]).optional(),
          retryAfter: z.number().min(0).optional(),
          drop: dropSchema,
          count: z.number().int().min(1).optional(),
          fraction: z.number().min(0).max(1).optional(),
          seed: z.number().int().default(1),
        })
        .refine(
          (r) => r.drop !== false || r.status !== undefined,
          'a rule needs a status or drop: true | "before" | "after" | "resend"',
        ),
    )
    .default([]),
});

export type FaultConfig = z.output<typeof faultConfigSchema>;
export type FaultRule = FaultConfig["rules"][number];

export interface FaultOutcome {
  readonly status?: number;
  readonly retryAfter?: number;
  /** false when the rule answers with `status` instead. */
  readonly drop: DropMode | false;
}

interface ActiveRule {
  readonly rule: FaultRule;
  readonly pattern: RegExp;
  remaining: number;
  /** How many requests this rule has failed, dropped or resent so far. */
  fired: number;
  random: () => number;
}

/** mulberry32: small, fast and deterministic, so a seeded fraction fails the same requests every run. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function compilePathPattern(path: string): RegExp {
  if (path.startsWith("re:")) return new RegExp(path.slice(3));
  const escaped = path.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replaceAll("*", ".*");
  return new RegExp(`^${escaped}$`);
}

export class FaultInjector {
  private config: FaultConfig = { latencyMs: 0, rules: [] };
  private active: ActiveRule[] = [];

  configure(config: FaultConfig): void {
    this.config = config;
    this.active = config.rules.map((rule) => ({
      rule,
      pattern: compilePathPattern(rule.path),
      remaining: rule.count ?? Number.POSITIVE_INFINITY,
      fired: 0,
      random: createRandom(rule.seed),
    }));
  }

  clear(): void {
    this.configure({ latencyMs: 0, rules: [] });
  }

  describe(): FaultConfig & { remaining: (number | null)[]; fired: number[] } {
    return {
      ...this.config,
      remaining: this.active.map((a) => (Number.isFinite(a.remaining) ? a.remaining : null)),
      fired: this.active.map((a) => a.fired),
    };
  }

  get latencyMs(): number {
    return this.config.latencyMs;
  }

  /** The first rule that fires for this request, consuming one of its `count`. */
  match(method: string, path: string): FaultOutcome | undefined {
    for (const active of this.active) {
      const { rule } = active;
      if (active.remaining <= 0) continue;
      if (rule.method !== undefined && rule.method.toUpperCase() !== method.toUpperCase()) continue;
      if (!active.pattern.test(path)) continue;
      if (rule.fraction !== undefined && active.random() >= rule.fraction) continue;
      active.remaining -= 1;
      active.fired += 1;
      return {
        drop: rule.drop,
        ...(rule.status === undefined ? {} : { status: rule.status }),
        ...(rule.retryAfter === undefined ? {} : { retryAfter: rule.retryAfter }),
      };
    }
    return undefined;
  }
}
