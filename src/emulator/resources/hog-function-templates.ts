import type { JsonRecord } from "../json.js";

/** One hog function template, as `HogFunctionTemplate` holds it (code, input schema, defaults). */
export interface HogFunctionTemplateRecord {
  id: string;
  name: string;
  description: string;
  type: string;
  status: string;
  free: boolean;
  icon_url: string;
  code: string;
  inputs_schema: JsonRecord[];
}

/**
 * A small, honest subset of PostHog's templates, with the ids, names, descriptions and input
 * schemas of the template files read (posthog/cdp/templates/webhook/template_webhook.py,
 * posthog/cdp/templates/slack/template_slack.py, posthog/cdp/templates/mailgun/template_mailgun.py):
 * ones without secrets (Slack's token is its integration's) and one whose API key is a secret
 * input. Slack's and Mailgun's code and Slack's default blocks are shortened (the emulator never runs code). Any other
 * `template_id` is refused as PostHog refuses an unknown one.
 */
export const HOG_FUNCTION_TEMPLATES: readonly HogFunctionTemplateRecord[] = [
  {
    id: "template-webhook",
    name: "HTTP Webhook",
    description: "Sends a webhook templated by the incoming event data",
    type: "destination",
    status: "beta",
    free: true,
    icon_url: "/static/posthog-icon.svg",
    code: "let res := fetch(inputs.url, {\n  'headers': inputs.headers,\n  'body': inputs.body,\n  'method': inputs.method\n});\n\nif (inputs.debug) {\n  print('Response', res.status, res.body);\n}",
    inputs_schema: [
      { key: "url", type: "string", label: "Webhook URL", secret: false, required: true },
      {
        key: "method",
        type: "choice",
        label: "Method",
        secret: false,
        choices: ["POST", "PUT", "PATCH", "GET", "DELETE"].map((value) => ({ label: value, value })),
        default: "POST",
        required: false,
      },
      { key: "body", type: "json", label: "JSON Body", default: { event: "{event}", person: "{person}" }, secret: false, required: false },
      { key: "headers", type: "dictionary", label: "Headers", secret: false, required: false },
      { key: "debug", type: "boolean", label: "Log responses", description: "Logs the response of http calls for debugging.", secret: false, required: false, default: false },
    ],
  },
  {
    id: "template-slack",
    name: "Post a Slack message",
    description: "Sends a message to a slack channel",
    type: "destination",
    status: "free",
    free: true,
    icon_url: "/static/services/slack.png",
    code: "let res := fetch('https://slack.com/api/chat.postMessage', {\n  'body': {\n    'channel': inputs.channel,\n    'blocks': inputs.blocks,\n    'text': inputs.text\n  },\n  'method': 'POST'\n});",
    inputs_schema: [
      { key: "slack_workspace", type: "integration", integration: "slack", label: "Slack workspace", secret: false, required: true },
      { key: "channel", type: "integration_field", integration_key: "slack_workspace", integration_field: "slack_channel", label: "Channel to post to", secret: false, required: true },
      { key: "icon_emoji", type: "string", label: "Emoji icon", default: ":hedgehog:", required: false, secret: false },
      { key: "username", type: "string", label: "Bot name", default: "PostHog", required: false, secret: false },
      { key: "blocks", type: "json", label: "Blocks", secret: false, required: false },
      { key: "text", type: "string", label: "Plain text message", secret: false, required: false },
    ],
  },
  {
    id: "template-mailgun-send-email",
    name: "Mailgun",
    description: "Send emails using the Mailgun HTTP API",
    type: "destination",
    status: "beta",
    free: false,
    icon_url: "/static/services/mailgun.png",
    code: "if (empty(inputs.template.to)) {\n    return false\n}\n\nlet res := fetch(f'https://{inputs.host}/v3/{inputs.domain_name}/messages', {\n    'method': 'POST',\n    'headers': {\n        'Authorization': f'Basic {base64Encode(f'api:{inputs.api_key}')}'\n    }\n})",
    inputs_schema: [
      { key: "domain_name", type: "string", label: "Mailgun Domain Name", description: "The domain name of the Mailgun account", secret: false, required: true },
      { key: "api_key", type: "string", label: "Mailgun API Key", secret: true, required: true },
      {
        key: "host",
        type: "choice",
        choices: [
          { label: "US (api.mailgun.net)", value: "api.mailgun.net" },
          { label: "EU (api.eu.mailgun.net)", value: "api.eu.mailgun.net" },
        ],
        label: "Region",
        default: "api.eu.mailgun.net",
        secret: false,
        required: true,
      },
      { key: "template", type: "email", label: "Email template", default: { to: "{person.properties.email}" }, secret: false, required: true },
    ],
  },
];

/** `HogFunctionTemplateSerializer`'s view of a template, as a function's `template` field shows it. */
export function serializeTemplate(template: HogFunctionTemplateRecord): JsonRecord {
  return {
    id: template.id,
    name: template.name,
    description: template.description,
    code: template.code,
    inputs_schema: template.inputs_schema,
    type: template.type,
    status: template.status,
    free: template.free,
    icon_url: template.icon_url,
  };
}
