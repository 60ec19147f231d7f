/** Fields of `messageTemplate()`. */
export interface MessageTemplate {
    key: string;
    name: string;
    /** What the template is for; it also carries the identity marker (an HTML comment). */
    description?: string;
    /** The channel; `email` (the default) is the only one. */
    type?: "email";
    /** The email content; replaced as a whole on update. */
    email: {
        subject: string;
        text?: string;
        html?: string;
        design?: Record<string, unknown>;
    };
    /** The templating language; always `liquid`. */
    templating?: "liquid";
    /** The id of a message category of the same project to file the template under (categories are not managed here). */
    messageCategory?: string;
}
/** Defines a messaging template: email content that hog flows and messaging destinations reuse. */
export declare function messageTemplate(spec: MessageTemplate): MessageTemplate;
