/** The Action reads who changed what through the engine, as the CLI does. */
export { readFieldActivity } from "../engine/activity.js";
