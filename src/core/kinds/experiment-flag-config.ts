import { isJsonObject, type JsonObject, type JsonValue } from "../json.js";
import type { Address } from "../model.js";
import { number, object, required, sdkType, string } from "../schema.js";
import type { DrivenFields } from "./kind.js";

/**
 * A variant as an experiment's `parameters.feature_flag_variants` lists it, PostHog's tool's form:
 * PostHog takes `split_percent` or, deprecated, `rollout_percentage`
 * (`ExperimentService.validate_variant_percentages`).
 */
export const EXPERIMENT_VARIANT = sdkType(object({
  key: required(string({ nonEmpty: true, max: 400 })),
  name: string(),
  rollout_percentage: number({ min: 0, max: 100 }),
  split_percent: number({ min: 0, max: 100 }),
}), { name: "ExperimentVariant", doc: "A variant of an experiment's flag, with its share as `split_percent` or `rollout_percentage`." });

function shareOf(variant: JsonObject): JsonValue | undefined {
  return variant.split_percent ?? variant.rollout_percentage;
}

function describeVariants(variants: readonly JsonObject[]): string {
  return variants.map((v) => `${String(v.key)} ${String(shareOf(v) ?? v.rollout_percentage)}%`).join(", ") || "none";
}

/**
 * An experiment's variants and rollout in `parameters` are its flag's: PostHog never stores them
 * on the experiment (`_strip_feature_flag_config`) and reads them back from the flag. So they are
 * never sent; instead they drive the flag's definition, which must already say the same: a flag
 * whose variants, shares or first rollout differ is a validation error naming both files, where
 * sending them would be refused (the flag exists already) or would silently rewrite the flag.
 */
export function drivesFlagConfig(flag: Address, name: string, parameters: JsonValue | undefined): DrivenFields[] {
  const params = isJsonObject(parameters) ? parameters : {};
  const variants = Array.isArray(params.feature_flag_variants) ? params.feature_flag_variants.filter(isJsonObject) : undefined;
  const rollout = typeof params.rollout_percentage === "number" ? params.rollout_percentage : undefined;
  if (variants === undefined && rollout === undefined) return [];
  return [
    {
      target: flag,
      from: "parameters",
      reason: `${name} declares its flag's ${variants ? `variants (${describeVariants(variants)})` : "rollout"} in parameters, which PostHog reads from the feature flag`,
      fields(current): JsonObject {
        const filters = isJsonObject(current.filters) ? current.filters : {};
        const next: JsonObject = { ...filters };
        let differs = false;
        if (variants !== undefined) {
          const live = isJsonObject(filters.multivariate) && Array.isArray(filters.multivariate.variants) ? filters.multivariate.variants.filter(isJsonObject) : [];
          const same =
            live.length === variants.length &&
            variants.every((v, i) => v.key === live[i]!.key && shareOf(v) === live[i]!.rollout_percentage && (v.name === undefined || v.name === live[i]!.name));
          if (!same) {
            differs = true;
            next.multivariate = { variants: variants.map((v) => ({ key: v.key as JsonValue, name: (v.name as JsonValue | undefined) ?? "", rollout_percentage: shareOf(v) ?? null })) };
          }
        }
        const groups = Array.isArray(filters.groups) ? filters.groups.filter(isJsonObject) : [];
        if (rollout !== undefined && groups[0]?.rollout_percentage !== rollout) {
          differs = true;
          next.groups = [{ ...(groups[0] ?? { properties: [], variant: null }), rollout_percentage: rollout }, ...groups.slice(1)];
        }
        return differs ? { filters: next } : {};
      },
    },
  ];
}
