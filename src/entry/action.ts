import { setFailed } from "@actions/core";

setFailed("the GitHub Action is not implemented yet; use the posthog-definitions CLI");
